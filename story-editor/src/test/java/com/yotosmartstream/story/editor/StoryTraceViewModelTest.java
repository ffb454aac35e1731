package com.yotosmartstream.story.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.library.IconLibrary;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.trace.FakeFeed;
import com.yotosmartstream.story.trace.Journey;
import com.yotosmartstream.story.trace.JourneyRecording;
import com.yotosmartstream.story.trace.JourneyStore;
import com.yotosmartstream.story.trace.Outcome;
import com.yotosmartstream.story.trace.PlayerReport;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryTraceViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-22T18:00:00Z");
    private final FakeFeed feed = new FakeFeed();
    private final JourneyStore store = JourneyStore.inMemory();
    private final JourneyRecording recording = new JourneyRecording(feed, store, new CurrentThreadTaskExecutor(),
            Runnable::run, Clock.systemUTC());
    private final StoryEditorViewModel editor = new StoryEditorViewModel(new StoryDocument(published("cave1")),
            FakeLibrary.serving("https://pc.local"), IconLibrary.none("none"));
    private final StoryTraceViewModel trace;

    StoryTraceViewModelTest() {
        recording.start();
        trace = new StoryTraceViewModel(editor, recording);
    }

    private static Story published(String cardId) {
        Story story = StoryFixtures.dragonsCave();
        return story.withInfo(story.info().withCard(Optional.of(CardCompiler.published(cardId, story))));
    }

    private static PlayerReport report(String device, String name, int t, String card, String chapter,
            PlaybackStatus status) {
        return new PlayerReport(device, name, Optional.ofNullable(card), Optional.ofNullable(chapter), Optional.of("01"),
                status, Optional.of(0.0), Optional.of(30.0), T0.plusSeconds(t), true);
    }

    @Test
    void aStoryNeverPublishedSaysHowToFollowIt() {
        editor.load(new StoryDocument(StoryFixtures.dragonsCave()));

        assertThat(trace.cardIdProperty().get()).isEmpty();
        assertThat(trace.liveTextProperty().get()).startsWith("Not on a card yet");
        assertThat(trace.liveProperty().get()).isEmpty();
    }

    @Test
    void playersOnTheCardAreShownOnTheirNodesAndOthersAreNot() {
        feed.say(report("d1", "Kitchen", 0, "cave1", "02", PlaybackStatus.PLAYING),
                report("d2", "Bedroom", 0, "cave1", "02", PlaybackStatus.PAUSED),
                report("d3", "Car", 0, "cave1", "03", PlaybackStatus.PLAYING),
                report("d4", "Hall", 0, "bedtime", "02", PlaybackStatus.PLAYING));

        assertThat(trace.liveProperty().get()).containsOnlyKeys("n2", "n3");
        assertThat(trace.liveProperty().get().get("n2")).extracting(StoryTraceViewModel.LivePlayer::label)
                .containsExactly("Kitchen", "Bedroom (paused)");
        assertThat(trace.liveTextProperty().get()).isEqualTo("Playing now: Kitchen at 'Cave'; Bedroom (paused) at "
                + "'Cave'; Car at 'Forest'.");

        feed.say(report("d3", "Car", 5, "cave1", "03", PlaybackStatus.STOPPED));
        assertThat(trace.liveProperty().get()).containsOnlyKeys("n2");
    }

    @Test
    void aChapterTheStoryDoesNotHaveIsNamedInWords() {
        feed.say(report("d1", "Kitchen", 0, "cave1", "09", PlaybackStatus.PLAYING));

        assertThat(trace.liveProperty().get()).isEmpty();
        assertThat(trace.liveTextProperty().get()).contains("Kitchen at chapter 09").contains("publish it again");
    }

    @Test
    void aJourneyGoingOnIsListedAndStaysSelectedWhenItIsStored() {
        feed.say(report("d1", "Kitchen", 0, "cave1", "01", PlaybackStatus.PLAYING),
                report("d1", "Kitchen", 4, "cave1", "03", PlaybackStatus.PLAYING));
        assertThat(trace.journeys()).singleElement().extracting(Journey::outcome).isEqualTo(Outcome.PLAYING);
        trace.selectedProperty().set(trace.journeys().get(0));

        feed.say(report("d1", "Kitchen", 30, "cave1", "03", PlaybackStatus.STOPPED));

        assertThat(trace.journeys()).singleElement().extracting(Journey::outcome).isEqualTo(Outcome.STOPPED);
        assertThat(trace.selectedProperty().get()).isSameAs(trace.journeys().get(0));
        assertThat(trace.nodeTitle(trace.selectedProperty().get().steps().get(1))).isEqualTo("Forest");
    }

    @Test
    void deletingAJourneyTakesItOutOfTheListAndTheStore() throws Exception {
        feed.say(report("d1", "Kitchen", 0, "cave1", "01", PlaybackStatus.PLAYING),
                report("d1", "Kitchen", 4, "cave1", "01", PlaybackStatus.STOPPED));
        Journey journey = trace.journeys().get(0);
        trace.selectedProperty().set(journey);

        trace.delete(journey);

        assertThat(trace.journeys()).isEmpty();
        assertThat(trace.selectedProperty().get()).isNull();
        assertThat(store.journeys("cave1")).isEmpty();
    }

    @Test
    void openingAnotherStoryShowsItsOwnJourneys() throws Exception {
        feed.say(report("d1", "Kitchen", 0, "cave1", "01", PlaybackStatus.PLAYING),
                report("d1", "Kitchen", 4, "cave1", "01", PlaybackStatus.STOPPED));
        assertThat(trace.journeys()).hasSize(1);

        editor.load(new StoryDocument(published("other")));

        assertThat(trace.cardIdProperty().get()).isEqualTo("other");
        assertThat(trace.journeys()).isEmpty();
        assertThat(store.cards()).extracting(m -> m.cardId()).containsExactlyInAnyOrder("cave1", "other");
        editor.load(new StoryDocument(published("cave1")));
        assertThat(trace.journeys()).hasSize(1);
        assertThat(List.copyOf(trace.journeys()).get(0).playerName()).isEqualTo("Kitchen");
    }
}
