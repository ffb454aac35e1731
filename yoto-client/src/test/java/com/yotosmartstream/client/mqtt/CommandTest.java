package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void volumePercentagesSnapToThePlayersSeventeenSteps() {
        assertThat(IntStream.rangeClosed(0, 16).map(Volume::percentFor).toArray())
                .containsExactly(0, 7, 13, 19, 25, 32, 38, 44, 50, 57, 63, 69, 75, 82, 88, 94, 100);
        assertThat(Volume.stepFor(30)).isEqualTo(5);
        assertThat(Volume.snap(30)).isEqualTo(32);
        assertThat(Volume.snap(3)).isEqualTo(0);
        assertThat(Volume.snap(4)).isEqualTo(7);
        assertThat(Volume.snap(150)).isEqualTo(100);
        assertThat(Volume.snap(-5)).isZero();
        assertThat(IntStream.rangeClosed(0, 16).allMatch(step -> Volume.stepFor(Volume.percentFor(step)) == step)).isTrue();
    }

    @Test
    void aVolumeCommandCarriesTheSnappedPercentage() {
        Command command = Command.volume(30);

        assertThat(command.name()).isEqualTo("volume/set");
        assertThat(new String(command.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"volume\":32}");
        assertThat(Topics.command("y1", command.name())).isEqualTo("device/y1/command/volume/set");
    }

    @Test
    void cardStartSendsKeysExactlyAsTheCardHoldsThemAndCarriesSecondsInAndCutOff() {
        Command command = Command.start(CardStart.of("abc12").at("08", "01").secondsIn(30).cutOff(90));

        assertThat(command.body().toString()).isEqualTo("{\"uri\":\"https://yoto.io/abc12\",\"chapterKey\":\"08\","
                + "\"trackKey\":\"01\",\"secondsIn\":30,\"cutOff\":90,\"anyButtonStop\":false}");
        assertThat(Command.start(CardStart.of("abc12").at("8", "1")).body().get("chapterKey").getAsString())
                .as("a card holding \"8\" must be sent \"8\"").isEqualTo("8");
        assertThat(Command.start(CardStart.of("abc12").at("8", "1")).body().get("trackKey").getAsString())
                .isEqualTo("1");
        assertThat(Command.start(CardStart.of("abc12").at("lion", "lion-roar")).body().get("trackKey").getAsString())
                .isEqualTo("lion-roar");
        assertThat(CardStart.cardIdOf("https://yoto.io/abc12")).contains("abc12");
    }

    @Test
    void commandsWithoutABodyPublishNothing() {
        assertThat(Command.eventsRequest().payload()).isEmpty();
        assertThat(Command.statusRequest().payload()).isEmpty();
        assertThat(List.of(Command.pause(), Command.resume(), Command.stop(), Command.reboot(), Command.bluetooth(true)))
                .extracting(Command::name)
                .containsExactly("card/pause", "card/resume", "card/stop", "reboot", "bluetooth/on");
    }

    @Test
    void sleepTimerAmbientLightAndDisplayPreviewFollowTheReference() {
        assertThat(Command.sleepTimer(Duration.ofMinutes(20)).body().toString()).isEqualTo("{\"seconds\":1200}");
        assertThat(Command.sleepTimer(Duration.ZERO).body().toString()).isEqualTo("{\"seconds\":0}");
        assertThat(Command.ambientLight(255, 0, 128).body().toString()).isEqualTo("{\"r\":255,\"g\":0,\"b\":128}");
        assertThat(Command.displayPreview("yoto:#abc", Duration.ofSeconds(10), true).body().toString())
                .isEqualTo("{\"uri\":\"yoto:#abc\",\"timeout\":10,\"animated\":1}");
        assertThatThrownBy(() -> Command.ambientLight(256, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Command.sleepTimer(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextAndPreviousChapterAreCardStartsAtTheNeighboursFirstTrack() {
        Card card = Card.create("Book", "linear", List.of(
                Chapter.of("01", "One", List.of(Track.stream("01", "a", "https://x/1.mp3", "mp3"))),
                Chapter.of("02", "Two", List.of(Track.stream("03", "b", "https://x/2.mp3", "mp3"))),
                Chapter.of("03", "Three", List.of(Track.stream("01", "c", "https://x/3.mp3", "mp3")))))
                .withCardId("book1");

        assertThat(ChapterNavigation.next(card, "01")).contains(CardStart.of("book1").at("02", "03"));
        assertThat(ChapterNavigation.previous(card, "03")).contains(CardStart.of("book1").at("02", "03"));
        assertThat(ChapterNavigation.next(card, "03")).isEmpty();
        assertThat(ChapterNavigation.previous(card, "01")).isEmpty();
        assertThat(ChapterNavigation.next(card, "99")).isEmpty();
    }

    @Test
    void topicsAreParsedForEveryKindAndNothingElse() {
        assertThat(Topics.parse("device/y1/data/events")).contains(new Topics.Parsed("y1", Topics.Kind.EVENTS));
        assertThat(Topics.parse("device/y1/status")).contains(new Topics.Parsed("y1", Topics.Kind.LEGACY_STATUS));
        assertThat(Topics.parse("device/y1/command/volume/set")).isEmpty();
        assertThat(Topics.parse("yoto/y1/data/events")).isEmpty();
        assertThat(Topics.parse("device//data/events")).isEmpty();
        assertThat(Topics.subscriptions("y1")).containsExactlyInAnyOrder("device/y1/data/events",
                "device/y1/data/status", "device/y1/response", "device/y1/status/full", "device/y1/presence",
                "device/y1/events", "device/y1/status");
    }
}
