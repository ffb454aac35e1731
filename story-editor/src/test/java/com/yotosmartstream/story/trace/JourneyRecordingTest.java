package com.yotosmartstream.story.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.model.Story;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyRecordingTest {

    private static final String CARD = "cave1";
    private final FakeFeed feed = new FakeFeed();
    private final Reports kitchen = new Reports("dev1", "Kitchen");
    private final List<String> changed = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private static CardMap map() {
        Story story = StoryFixtures.dragonsCave();
        return CardMap.of(story.withInfo(story.info().withCard(Optional.of(CardCompiler.published(CARD, story)))))
                .orElseThrow();
    }

    private JourneyRecording recording(JourneyStore store) {
        JourneyRecording recording = new JourneyRecording(feed, store, new CurrentThreadTaskExecutor(), Runnable::run,
                Clock.fixed(Reports.at(500), ZoneOffset.UTC));
        recording.addListener(new JourneyRecording.Listener() {
            @Override
            public void journeysChanged(String cardId) {
                changed.add(cardId);
            }

            @Override
            public void failed(String message) {
                failures.add(message);
            }
        });
        return recording;
    }

    @Test
    void aJourneyOnARegisteredCardIsStoredWhenItEnds() throws Exception {
        JourneyStore store = JourneyStore.inMemory();
        JourneyRecording recording = recording(store);
        recording.start();
        recording.register(map());

        feed.say(kitchen.playing(0, CARD, "01", 0, 30.0), kitchen.playing(4, CARD, "03", 0, 30.0));
        assertThat(recording.inProgress(CARD)).hasSize(1);
        assertThat(recording.latest()).containsKey("dev1");
        feed.say(kitchen.stopped(34, CARD, "03", 30, 30.0));

        assertThat(store.journeys(CARD)).singleElement().satisfies(j -> {
            assertThat(j.nodesVisited()).containsExactly("n1", "n3");
            assertThat(j.outcome()).isEqualTo(Outcome.ENDING);
        });
        assertThat(store.cards()).containsExactly(map());
        assertThat(changed).containsExactly(CARD);
        assertThat(recording.inProgress(CARD)).isEmpty();
    }

    @Test
    void cardsRememberedInTheStoreAreRecordedWithoutTheirStoryBeingOpen() throws Exception {
        JourneyStore store = JourneyStore.inMemory();
        store.rememberCard(map());
        recording(store).start();

        feed.say(kitchen.playing(0, CARD, "01", 0, 30.0), kitchen.stopped(3, CARD, "01", 3, 30.0));

        assertThat(store.journeys(CARD)).hasSize(1);
    }

    @Test
    void aPlayerAlreadyPlayingTheCardWhenItIsRegisteredStartsItsJourneyThen() throws Exception {
        JourneyStore store = JourneyStore.inMemory();
        JourneyRecording recording = recording(store);
        recording.start();
        feed.say(kitchen.playing(0, CARD, "02", 5, 30.0));
        assertThat(recording.inProgress(CARD)).isEmpty();

        recording.register(map());

        assertThat(recording.inProgress(CARD)).singleElement()
                .satisfies(j -> assertThat(j.nodesVisited()).containsExactly("n2"));
    }

    @Test
    void closingStopsListeningAndStoresJourneysStillGoingAsUnfinished() throws Exception {
        JourneyStore store = JourneyStore.inMemory();
        JourneyRecording recording = recording(store);
        recording.start();
        recording.register(map());
        feed.say(kitchen.playing(0, CARD, "01", 0, 30.0));

        recording.close();

        assertThat(feed.subscribers()).isZero();
        assertThat(store.journeys(CARD)).singleElement().extracting(Journey::outcome).isEqualTo(Outcome.UNFINISHED);
    }

    @Test
    void aJourneyThatCannotBeStoredIsReportedAndRecordingGoesOn() throws Exception {
        JourneyStore broken = new JourneyStore() {
            private final JourneyStore inner = JourneyStore.inMemory();

            @Override
            public Journey save(Journey journey) throws StorageException {
                throw new StorageException("The disk is full.");
            }

            @Override
            public List<Journey> journeys(String cardId) throws StorageException {
                return inner.journeys(cardId);
            }

            @Override
            public boolean delete(long journeyId) throws StorageException {
                return inner.delete(journeyId);
            }

            @Override
            public void rememberCard(CardMap map) throws StorageException {
                inner.rememberCard(map);
            }

            @Override
            public List<CardMap> cards() throws StorageException {
                return inner.cards();
            }
        };
        JourneyRecording recording = recording(broken);
        recording.start();
        recording.register(map());

        feed.say(kitchen.playing(0, CARD, "01", 0, 30.0), kitchen.stopped(3, CARD, "01", 3, 30.0),
                kitchen.playing(10, CARD, "01", 0, 30.0));

        assertThat(failures).singleElement().asString().contains("Kitchen").contains("The disk is full.");
        assertThat(recording.inProgress(CARD)).hasSize(1);
    }
}
