package com.yotosmartstream.app.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The card draft, its limits, the JSON it becomes, the diff against Yoto, and the undo stack. */
class CardModelTest {

    private static DraftTrack track(String id, int seconds) {
        return DraftTrack.fromLibrary(id, "Track " + id, Duration.ofSeconds(seconds));
    }

    private static Map<String, Track> streams(CardDraft draft) {
        Map<String, Track> audio = new java.util.HashMap<>();
        draft.libraryIds().forEach(id -> audio.put(id, Track.stream("01", id, "https://host/stream/"
                + "a".repeat(43) + "/" + id + ".mp3", "mp3").withDuration(30)));
        return audio;
    }

    private static CardDraft chapters(int count) {
        List<DraftChapter> chapters = IntStream.range(0, count).mapToObj(i -> DraftChapter.of(track("t" + i, 30)))
                .toList();
        return CardDraft.empty(Delivery.STREAM).withTitle("Many").withChapters(chapters);
    }

    @Test
    void aTrackOverAnHourAndMoreThanAHundredTracksAreWarnedButNotRefused() {
        CardDraft draft = chapters(101);
        List<DraftChapter> changed = new ArrayList<>(draft.chapters());
        changed.set(0, DraftChapter.of(track("long", 61 * 60)));
        List<CardProblem> problems = CardLimits.check(draft.withChapters(changed));

        assertThat(problems).extracting(CardProblem::text).anyMatch(t -> t.contains("1:01:00") && t.contains("60"))
                .anyMatch(t -> t.contains("101 tracks"));
        assertThat(problems).noneMatch(CardProblem::blocking);
        assertThat(CardLimits.publishable(draft)).isTrue();
    }

    @Test
    void aBlankOrOverlongTitleAndAnEmptyChapterBlockPublishing() {
        assertThat(CardLimits.check(chapters(1).withTitle(" "))).extracting(CardProblem::text)
                .containsExactly("Give the card a title.");
        assertThat(CardLimits.publishable(chapters(1).withTitle("x".repeat(101)))).isFalse();
        CardDraft empty = chapters(1).withChapters(List.of(new DraftChapter("Empty", Optional.empty(), List.of())));
        assertThat(CardLimits.check(empty)).singleElement().satisfies(p -> {
            assertThat(p.blocking()).isTrue();
            assertThat(p.text()).contains("Chapter 1 (Empty) has no tracks");
        });
    }

    @Test
    void theAssembledCardKeepsZeroPaddedKeysPastNineAndGivesEveryChapterAnIcon() {
        CardDraft draft = chapters(12);
        List<DraftChapter> withIcon = new ArrayList<>(draft.chapters());
        withIcon.set(1, withIcon.get(1).withIcon(Optional.of("icon:7")));
        draft = draft.withChapters(withIcon);

        Card card = CardAssembler.assemble(draft, streams(draft), Map.of("icon:7", "yoto:#seven"), "yoto:#note",
                Optional.empty());

        assertThat(card.chapters()).extracting(Chapter::key).contains("01", "09", "10", "12");
        assertThat(card.chapters()).allSatisfy(c -> assertThat(c.tracks()).extracting(Track::key)
                .containsExactly("01"));
        assertThat(card.chapters().get(1).icon()).contains("yoto:#seven");
        assertThat(card.chapters().get(0).icon()).contains("yoto:#note");
        JsonObject first = card.toJson().getAsJsonObject("content").getAsJsonArray("chapters").get(0)
                .getAsJsonObject();
        assertThat(first.get("hasStreams").getAsBoolean()).isTrue();
        assertThat(first.get("duration").getAsLong()).isEqualTo(30);
        assertThat(card.toJson().getAsJsonObject("content").getAsJsonObject("config").get("onlineOnly")
                .getAsBoolean()).isTrue();
    }

    @Test
    void fieldsOfTheCardOnYotoThatTheEditorDoesNotKnowAreKept() {
        Card original = Card.parse("{\"cardId\":\"abc12\",\"title\":\"Old\",\"sortkey\":\"x\","
                + "\"metadata\":{\"category\":\"stories\",\"author\":\"A\"},"
                + "\"content\":{\"playbackType\":\"linear\",\"config\":{\"resumeTimeout\":60},\"chapters\":[]}}");
        CardDraft draft = CardDrafts.fromCard(original, id -> Optional.empty()).withTitle("New")
                .withChapters(chapters(1).chapters());

        Card card = CardAssembler.assemble(draft, streams(draft), Map.of(), "yoto:#note", Optional.empty());

        JsonObject json = card.toJson();
        assertThat(json.get("cardId").getAsString()).isEqualTo("abc12");
        assertThat(json.get("sortkey").getAsString()).isEqualTo("x");
        assertThat(json.getAsJsonObject("metadata").get("category").getAsString()).isEqualTo("stories");
        assertThat(json.getAsJsonObject("content").getAsJsonObject("config").get("resumeTimeout").getAsInt())
                .isEqualTo(60);
        assertThat(CardDiff.between(Optional.of(original), card)).contains("title: \"Old\" \u2192 \"New\"",
                "chapter 01: added 'Track t0'");
    }

    @Test
    void aCardStreamedFromThisAppComesBackAsLibraryTracksAndOthersAreKeptAsTheyAre() {
        String ours = "https://pc:8080/stream/" + "b".repeat(43) + "/0123456789abcdef.mp3";
        Card card = Card.create("Mixed", "linear", List.of(Chapter.of("01", "One", List.of(
                Track.stream("01", "Ours", ours, "mp3"), Track.stream("02", "Theirs", "https://radio/x.mp3", "mp3")))));

        CardDraft draft = CardDrafts.fromCard(card, id -> Optional.of(track(id, 42)));

        List<DraftTrack> tracks = draft.chapters().get(0).tracks();
        assertThat(tracks.get(0).libraryId()).contains("0123456789abcdef");
        assertThat(tracks.get(0).title()).isEqualTo("Ours");
        assertThat(tracks.get(1).libraryId()).isEmpty();
        assertThat(tracks.get(1).existing().orElseThrow().trackUrl()).isEqualTo("https://radio/x.mp3");
        assertThat(CardDiff.hideTokens(ours)).isEqualTo("https://pc:8080/stream/\u2026/0123456789abcdef.mp3");
    }

    @Test
    void everyEditIsOneStepOnTheUndoStackAndUndoingAllOfItIsNotUnsaved() {
        DraftHistory history = new DraftHistory(CardDraft.empty(Delivery.STREAM));
        history.apply("rename the card", history.draft().withTitle("A"));
        history.apply("rename the card", history.draft().withTitle("B"));
        history.apply("nothing", history.draft());

        assertThat(history.undoDescription()).contains("rename the card");
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.draft().title()).isEqualTo("A");
        history.undo();
        assertThat(history.isDirty()).isFalse();
        assertThat(history.canUndo()).isFalse();
        history.redo();
        assertThat(history.draft().title()).isEqualTo("A");
        history.reset(CardDraft.empty(Delivery.UPLOAD));
        assertThat(history.canUndo() || history.canRedo()).isFalse();
    }
}
