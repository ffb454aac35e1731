package com.yotosmartstream.story.trace;

import com.yotosmartstream.core.storage.StorageException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where journeys are kept, and the maps of the story cards they are recorded for (so recording
 * goes on when the story is not open). The story editor declares it; the app keeps them in its
 * database. Calls block (storage): make them in the background.
 */
public interface JourneyStore {

    /** How many journeys are kept per card; saving one more removes the oldest. */
    int KEEP_PER_CARD = 200;

    /** Stores a finished journey; returns it with its id. */
    Journey save(Journey journey) throws StorageException;

    /** The card's journeys, newest first. */
    List<Journey> journeys(String cardId) throws StorageException;

    /** Deletes one journey; false when there was none with that id. */
    boolean delete(long journeyId) throws StorageException;

    /** Remembers (or replaces) the map of a story card. */
    void rememberCard(CardMap map) throws StorageException;

    /** Every remembered story card. */
    List<CardMap> cards() throws StorageException;

    /** A store in memory (tests, and when there is no database). Thread-safe. */
    static JourneyStore inMemory() {
        return new JourneyStore() {
            private final List<Journey> journeys = new ArrayList<>();
            private final Map<String, CardMap> cards = new LinkedHashMap<>();
            private long nextId = 1;

            @Override
            public synchronized Journey save(Journey journey) {
                Journey saved = journey.withId(nextId++);
                journeys.add(saved);
                List<Journey> ofCard = journeys(journey.cardId());
                for (int i = KEEP_PER_CARD; i < ofCard.size(); i++) {
                    journeys.remove(ofCard.get(i));
                }
                return saved;
            }

            @Override
            public synchronized List<Journey> journeys(String cardId) {
                return journeys.stream().filter(j -> j.cardId().equals(cardId))
                        .sorted(Comparator.comparing(Journey::started).thenComparing(Journey::id).reversed()).toList();
            }

            @Override
            public synchronized boolean delete(long journeyId) {
                return journeys.removeIf(j -> j.id() == journeyId);
            }

            @Override
            public synchronized void rememberCard(CardMap map) {
                cards.put(map.cardId(), map);
            }

            @Override
            public synchronized List<CardMap> cards() {
                return List.copyOf(cards.values());
            }
        };
    }
}
