package com.yotosmartstream.story.editor;

import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.trace.CardMap;
import com.yotosmartstream.story.trace.Journey;
import com.yotosmartstream.story.trace.JourneyRecording;
import com.yotosmartstream.story.trace.PlayerReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live trace of the open story: which of its nodes the household's players are playing now
 * (when the story remembers the card it was published as), and the journeys recorded on that card,
 * one of which may be selected to see its path. Used on the FX thread.
 */
public final class StoryTraceViewModel implements AutoCloseable {

    /** A player playing a node of the story now. */
    public record LivePlayer(String deviceId, String name, boolean paused) {
        /** The player's name, marked when it is paused. */
        public String label() {
            return paused ? name + " (paused)" : name;
        }
    }

    private final StoryEditorViewModel editor;
    private final JourneyRecording recording;
    private final ReadOnlyObjectWrapper<Map<String, List<LivePlayer>>> live = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper liveText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cardId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<Journey> journeys = FXCollections.observableArrayList();
    private final ObjectProperty<Journey> selected = new SimpleObjectProperty<>();
    private final Set<String> devicesOnCard = new HashSet<>();
    private final JourneyRecording.Listener listener;
    private List<Journey> stored = List.of();
    private CardMap map;

    public StoryTraceViewModel(StoryEditorViewModel editor, JourneyRecording recording) {
        this.editor = editor;
        this.recording = recording;
        this.listener = new JourneyRecording.Listener() {
            @Override
            public void reported(PlayerReport report) {
                playerReported(report);
            }

            @Override
            public void journeysChanged(String card) {
                if (card.equals(cardId.get())) {
                    reload();
                }
            }

            @Override
            public void failed(String message) {
                problem.set(message);
            }
        };
        recording.addListener(listener);
        editor.addChangeListener((before, after) -> storyChanged());
        storyChanged();
    }

    // ---- what the views show ----

    /** The players on each node of the story now, by node id. */
    public ReadOnlyObjectProperty<Map<String, List<LivePlayer>>> liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** What plays the story now, in words. */
    public ReadOnlyStringProperty liveTextProperty() {
        return liveText.getReadOnlyProperty();
    }

    /** The card the story was published as; empty text when it was not. */
    public ReadOnlyStringProperty cardIdProperty() {
        return cardId.getReadOnlyProperty();
    }

    /** The last storage problem, in words; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The card's journeys: those going on now first, then the recorded ones, newest first. */
    public ObservableList<Journey> journeys() {
        return journeys;
    }

    /** The journey whose path is shown on the canvas; null for none. */
    public ObjectProperty<Journey> selectedProperty() {
        return selected;
    }

    /** The title of a node of the open story, or what stands for a node it does not have. */
    public String nodeTitle(Journey.Step step) {
        Optional<StoryNode> node = step.nodeId().flatMap(id -> editor.story().node(id));
        return node.map(n -> n.title().isBlank() ? n.id() : n.title())
                .orElse("chapter " + step.chapterKey() + " (not in the story now)");
    }

    /** Deletes a recorded journey (one going on now cannot be). */
    public void delete(Journey journey) {
        if (journey == null || journey.id() == 0) {
            return;
        }
        if (selected.get() != null && selected.get().id() == journey.id()) {
            selected.set(null);
        }
        stored = stored.stream().filter(j -> j.id() != journey.id()).toList();
        showJourneys();
        recording.delete(journey);
    }

    // ---- following the story and the players ----

    private void storyChanged() {
        Story story = editor.story();
        Optional<CardMap> next = CardMap.of(story);
        String before = cardId.get();
        map = next.orElse(null);
        next.ifPresent(recording::register);
        cardId.set(next.map(CardMap::cardId).orElse(""));
        if (!cardId.get().equals(before)) {
            stored = List.of();
            selected.set(null);
            devicesOnCard.clear();
            showJourneys();
            reload();
        }
        showLive();
    }

    private void playerReported(PlayerReport report) {
        if (map == null) {
            return;
        }
        boolean concerned = report.plays(map.cardId()) || devicesOnCard.contains(report.deviceId());
        if (report.plays(map.cardId())) {
            devicesOnCard.add(report.deviceId());
        } else {
            devicesOnCard.remove(report.deviceId());
        }
        if (concerned) {
            showLive();
            showJourneys();
        }
    }

    private void reload() {
        String card = cardId.get();
        if (card.isEmpty()) {
            showJourneys();
            return;
        }
        recording.journeys(card, found -> {
            if (card.equals(cardId.get())) {
                stored = found;
                showJourneys();
            }
        });
    }

    private void showLive() {
        if (map == null) {
            live.set(Map.of());
            liveText.set("Not on a card yet: publish the story as a card, then play it on a player to follow it here.");
            return;
        }
        Story story = editor.story();
        Map<String, List<LivePlayer>> now = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        for (PlayerReport report : recording.latest().values()) {
            if (!report.plays(map.cardId()) || report.chapterKey().isEmpty()) {
                continue;
            }
            String key = report.chapterKey().get();
            Optional<StoryNode> node = map.nodeFor(key).flatMap(story::node);
            LivePlayer player = new LivePlayer(report.deviceId(), report.playerName(),
                    report.playback() == PlaybackStatus.PAUSED);
            if (node.isPresent()) {
                now.computeIfAbsent(node.get().id(), id -> new ArrayList<>()).add(player);
                where.add(player.label() + " at '" + (node.get().title().isBlank() ? node.get().id() : node.get().title())
                        + "'");
            } else {
                where.add(player.label() + " at chapter " + key + ", which the story does not have now (publish it "
                        + "again to update the card)");
            }
        }
        now.replaceAll((id, players) -> List.copyOf(players));
        if (!now.equals(live.get())) {
            live.set(Map.copyOf(now));
        }
        liveText.set(where.isEmpty() ? "Card " + map.cardId() + ": not playing on any player now."
                : "Playing now: " + String.join("; ", where) + ".");
    }

    private void showJourneys() {
        Journey was = selected.get();
        List<Journey> all = new ArrayList<>(map == null ? List.of() : recording.inProgress(map.cardId()));
        all.addAll(stored);
        journeys.setAll(all);
        if (was != null) {
            Optional<Journey> match = all.stream().filter(j -> same(was, j)).findFirst();
            if (match.isPresent()) {
                selected.set(match.get());
            } else if (was.id() != 0) {
                selected.set(null);
            }
            // a journey that just ended stays selected until it is read back from the store
        }
    }

    /** The same journey: the same stored id, or the same player from the same start (going on, or just stored). */
    private static boolean same(Journey a, Journey b) {
        boolean sameId = a.id() != 0 && a.id() == b.id();
        boolean sameStart = a.deviceId().equals(b.deviceId()) && a.cardId().equals(b.cardId())
                && a.started().toEpochMilli() == b.started().toEpochMilli();
        return sameId || sameStart;
    }

    @Override
    public void close() {
        recording.removeListener(listener);
    }
}
