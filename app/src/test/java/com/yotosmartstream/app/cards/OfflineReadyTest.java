package com.yotosmartstream.app.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.access.Grant;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trip mode against the simulated household: a streamed card becomes uploaded and plays with the server off. */
class OfflineReadyTest {

    @TempDir
    Path dir;
    CardHousehold fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new CardHousehold(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private OfflineReady offlineReady() {
        var catalogue = fixture.streamer.library().catalogue();
        return new OfflineReady(fixture.connection.api(), fixture.publisher(), id -> catalogue.find(id)
                .map(t -> DraftTrack.fromLibrary(t.id(), t.title(), t.duration())));
    }

    private Card onYoto(String cardId) {
        return new Card(fixture.household.account().card(cardId).orElseThrow());
    }

    @Test
    void aStreamedCardBecomesUploadedUnderTheSameIdAndPlaysWithTheServerStopped() throws Exception {
        Card streamed = fixture.publish(fixture.threeChapters(Delivery.STREAM).withTitle("Car ride"));
        String cardId = streamed.cardId().orElseThrow();
        assertThat(OfflineReady.streamsFromHere(onYoto(cardId))).isTrue();
        Grant grant = fixture.streamer.tokens().all().stream().filter(g -> g.label().equals("Car ride"))
                .findFirst().orElseThrow();

        Card saved = offlineReady().convert(cardId, TaskContext.QUIET);

        assertThat(saved.cardId()).contains(cardId);
        Card now = onYoto(cardId);
        assertThat(OfflineReady.streamsFromHere(now)).isFalse();
        assertThat(now.title()).isEqualTo("Car ride");
        assertThat(now.chapters()).extracting(Chapter::key).containsExactly("01", "02", "03");
        assertThat(now.chapters()).extracting(Chapter::title).containsExactly("The Owl", "The Fox", "The Bear");
        assertThat(now.chapters()).allSatisfy(c -> assertThat(c.tracks()).extracting(Track::trackUrl)
                .allSatisfy(url -> assertThat(url).startsWith("yoto:#")));
        assertThat(fixture.household.account().cards()).hasSize(1);
        assertThat(fixture.household.account().uploads().puts()).isEqualTo(3);
        assertThat(fixture.streamer.tokens().all()).as("the card's stream links are revoked")
                .noneMatch(g -> g.id() == grant.id());

        offlineReady().convert(cardId, TaskContext.QUIET); // again: nothing is sent twice
        assertThat(fixture.household.account().uploads().puts()).isEqualTo(3);

        fixture.streamer.stop();
        fixture.play(saved);
        fixture.await(() -> fixture.player.playback() == PlaybackStatus.PLAYING, "playback");
        fixture.household.advance(Duration.ofSeconds(1));
        assertThat(fixture.player.positionSeconds()).isGreaterThan(0.5);
        assertThat(fixture.player.lastProblem()).isEmpty();
    }

    @Test
    void aStorysInteractiveCardKeepsItsButtonsAndPlaysWithoutTheServer() throws Exception {
        CardPublisher publisher = fixture.publisher();
        Card streamed = publisher.publish(publisher.prepareInteractive(fixture.compiled(), Optional.empty(),
                Delivery.STREAM, TaskContext.QUIET));
        String cardId = streamed.cardId().orElseThrow();

        offlineReady().convert(cardId, TaskContext.QUIET);

        Card now = onYoto(cardId);
        assertThat(now.isInteractive()).isTrue();
        assertThat(OfflineReady.streamsFromHere(now)).isFalse();
        fixture.streamer.stop();
        fixture.play(now);
        fixture.await(() -> fixture.player.playback() == PlaybackStatus.PLAYING
                && fixture.player.chapterKey().orElse("").equals("01"), "the start");
        fixture.player.pressRight();
        fixture.await(() -> fixture.player.chapterKey().orElse("").equals("03"), "the right path");
        assertThat(fixture.player.lastProblem()).isEmpty();
    }

    @Test
    void aCardWhoseTrackLeftTheLibraryIsRefusedAndLeftAlone() throws Exception {
        Card streamed = fixture.publish(fixture.threeChapters(Delivery.STREAM));
        String cardId = streamed.cardId().orElseThrow();
        fixture.streamer.library().delete(fixture.ids.get(1));
        Card before = onYoto(cardId);

        assertThatThrownBy(() -> offlineReady().convert(cardId, TaskContext.QUIET))
                .isInstanceOf(PublishException.class).hasMessageContaining("'The Fox' is no longer in the library")
                .hasMessageContaining("Nothing on the card changed");
        assertThat(onYoto(cardId).toJson()).isEqualTo(before.toJson());
        assertThat(fixture.household.account().uploads().puts()).isZero();
    }

    @Test
    void theCardsThatNeedThisComputerAreThoseStreamingFromItsLibraryUnderALiveGrant() throws Exception {
        Card streamed = fixture.publish(fixture.threeChapters(Delivery.STREAM));
        Card uploaded = fixture.publish(fixture.threeChapters(Delivery.UPLOAD).withTitle("Uploaded"));
        fixture.household.account().saveCard(Card.create("Radio", "elsewhere", List.of(Chapter.of("01", "Live",
                List.of(Track.stream("01", "Live", fixture.household.silenceUrl(30).toString(), "mp3"))))).toJson());
        String id = streamed.cardId().orElseThrow();
        CardPublisher publisher = fixture.publisher();

        assertThat(CardRow.of(onYoto(id)).needsThisComputer()).isTrue();
        assertThat(CardRow.of(onYoto(uploaded.cardId().orElseThrow())).needsThisComputer()).isFalse();
        assertThat(fixture.connection.api().myCards()).filteredOn(c -> c.title().equals("Radio")).singleElement()
                .satisfies(radio -> assertThat(publisher.streamsFromHere(radio.cardId().orElseThrow())).isFalse());
        assertThat(publisher.streamsFromHere(id)).isTrue();

        offlineReady().convert(id, TaskContext.QUIET);
        assertThat(publisher.streamsFromHere(id)).as("its grant is revoked").isFalse();
        assertThat(CardRow.of(onYoto(id)).needsThisComputer()).isFalse();
    }
}
