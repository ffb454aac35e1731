package com.yotosmartstream.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardTest {

    /** An interactive card with fields this app does not know at every level. */
    private static final String INTERACTIVE = """
            {"cardId":"ab3Xy","title":"The Cave","futureTopLevel":{"x":[1,2]},
             "metadata":{"author":"Ada","description":"A choice","cover":{"imageL":"https://c/i.png"},"mood":"calm"},
             "content":{"activity":"yoto_Player","playbackType":"interactive",
               "config":{"autoadvance":"none","disableTrackNav":true,"resumeTimeout":2592000},
               "editSettings":{"interactiveContent":true,"editKeys":false},
               "chapters":[
                 {"key":"01","title":"Start","overlayLabel":"1","display":{"icon16x16":"yoto:#abc","glow":true},
                  "hasStreams":true,"chapterExtra":0,
                  "tracks":[{"key":"01","title":"Start","trackUrl":"https://h/s.mp3","type":"stream","format":"mp3",
                    "duration":0,"fileSize":0,"channels":"mono","trackExtra":false,
                    "events":{"onLhb":{"cmd":"goto","params":{"chapterKey":"02","trackKey":"01"}},
                              "onRhb":{"cmd":"goto","params":{"chapterKey":"03","trackKey":"01"},"delay":2},
                              "onEnd":{"cmd":"stop"},
                              "onShake":{"cmd":"repeat"}}}]},
                 {"key":"02","title":"Left","display":{"icon16x16":"yoto:#def"},"tracks":[]}]}}
            """;

    @Test
    void aCardRoundTripsExactlyKeepingUnknownFields() {
        Card card = Card.parse(INTERACTIVE);
        assertThat(card.toJson()).isEqualTo(JsonParser.parseString(INTERACTIVE));
        assertThat(card.toJson().toString()).isEqualTo(JsonParser.parseString(INTERACTIVE).toString());
    }

    @Test
    void typedFieldsReadTheSchema() {
        Card card = Card.parse(INTERACTIVE);
        assertThat(card.cardId()).contains("ab3Xy");
        assertThat(card.author()).contains("Ada");
        assertThat(card.isInteractive()).isTrue();
        assertThat(card.chapters()).extracting(Chapter::key).containsExactly("01", "02");
        Chapter start = card.chapters().get(0);
        assertThat(start.icon()).contains("yoto:#abc");
        Track track = start.tracks().get(0);
        assertThat(track.type()).isEqualTo("stream");
        assertThat(track.action(Track.Event.LEFT_BUTTON)).contains(new CardAction.Goto("02", "01"));
        assertThat(track.action(Track.Event.END)).contains(new CardAction.Stop());
        assertThat(track.action(Track.Event.RIGHT_BUTTON)).get().isInstanceOf(CardAction.Other.class)
                .as("a goto with an extra field is kept as it is, not simplified");
    }

    @Test
    void anEditKeepsEverythingElseInPlace() {
        Card card = Card.parse(INTERACTIVE);
        Chapter renamed = card.chapters().get(0).withTitle("The Start");
        Card edited = card.withTitle("The Big Cave").withChapters(List.of(renamed, card.chapters().get(1)));

        var expected = JsonParser.parseString(INTERACTIVE).getAsJsonObject();
        expected.addProperty("title", "The Big Cave");
        expected.getAsJsonObject("content").getAsJsonArray("chapters").get(0).getAsJsonObject()
                .addProperty("title", "The Start");
        assertThat(edited.toJson()).isEqualTo(expected);
        assertThat(card.title()).as("models are immutable").isEqualTo("The Cave");
    }

    @Test
    void anActionCanBeSetOnATrack() {
        Track track = Track.stream("01", "Start", "https://h/s.mp3", "mp3")
                .withAction(Track.Event.LEFT_BUTTON, new CardAction.Goto("02", "01"))
                .withAction(Track.Event.END, new CardAction.Stop());
        assertThat(track.toJson().toString()).isEqualTo("{\"key\":\"01\",\"title\":\"Start\",\"trackUrl\":"
                + "\"https://h/s.mp3\",\"type\":\"stream\",\"format\":\"mp3\",\"events\":{\"onLhb\":{\"cmd\":\"goto\","
                + "\"params\":{\"chapterKey\":\"02\",\"trackKey\":\"01\"}},\"onEnd\":{\"cmd\":\"stop\"}}}");
    }

    @Test
    void aCardWithMissingOrOddPartsStillReads() {
        Card card = Card.parse("{\"title\":5,\"content\":{\"chapters\":[7,{\"key\":\"01\"}]}}");
        assertThat(card.title()).isEqualTo("5");
        assertThat(card.cardId()).isEmpty();
        assertThat(card.chapters()).extracting(Chapter::key).containsExactly("01");
        assertThat(Card.parse("{}").chapters()).isEmpty();
        assertThat(Card.parse("{}").playbackType()).isEqualTo("linear");
    }

    @Test
    void keysKeepTheirLeadingZero() {
        assertThat(Keys.of(1)).isEqualTo("01");
        assertThat(Keys.of(8)).isEqualTo("08");
        assertThat(Keys.of(10)).isEqualTo("10");
        assertThat(Keys.of(100)).isEqualTo("100");
        assertThatThrownBy(() -> Keys.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCoverAddressIsReadFromTheMetadata() {
        Card card = Card.parse("{\"title\":\"T\",\"metadata\":{\"cover\":{\"imageL\":\"https://x/c.png\"}}}");

        assertThat(card.coverUrl()).contains("https://x/c.png");
        assertThat(Card.parse("{\"title\":\"T\",\"metadata\":{\"cover\":\"odd\"}}").coverUrl()).isEmpty();
        assertThat(Card.parse("{\"title\":\"T\"}").coverUrl()).isEmpty();
    }
}
