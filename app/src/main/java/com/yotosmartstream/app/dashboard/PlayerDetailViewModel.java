package com.yotosmartstream.app.dashboard;

import com.google.gson.GsonBuilder;
import com.yotosmartstream.client.mqtt.Topics;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One player's details: its event log (newest first, filtered by topic and field, pausable, each
 * message with its changes) and its last 24 hours of battery, volume and playing.
 */
public final class PlayerDetailViewModel {

    private final String deviceId;
    private final String name;
    private final EventLog log;
    private final HistoryStore history;
    private final TaskExecutor executor;
    private final Clock clock;
    private final java.time.ZoneId zone;
    private final java.time.format.DateTimeFormatter timeOfDay;
    private final ObservableList<EventLog.Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<Topics.Kind>> topic = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty field = new SimpleStringProperty("");
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final ObjectProperty<EventLog.Entry> selected = new SimpleObjectProperty<>();
    private final StringProperty selectedText = new SimpleStringProperty("");
    private final ObservableList<HistoryStore.Sample> samples = FXCollections.observableArrayList();
    private final StringProperty historyProblem = new SimpleStringProperty("");

    public PlayerDetailViewModel(String deviceId, String name, EventLog log, HistoryStore history,
            TaskExecutor executor, Clock clock) {
        this(deviceId, name, log, history, executor, clock, java.time.ZoneId.systemDefault());
    }

    /** @param zone where the user is: times are shown in it */
    public PlayerDetailViewModel(String deviceId, String name, EventLog log, HistoryStore history,
            TaskExecutor executor, Clock clock, java.time.ZoneId zone) {
        this.zone = zone;
        this.timeOfDay = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
        this.deviceId = deviceId;
        this.name = name;
        this.log = log;
        this.history = history;
        this.executor = executor;
        this.clock = clock;
        topic.addListener((obs, old, now) -> refresh(true));
        field.addListener((obs, old, now) -> refresh(true));
        paused.addListener((obs, was, now) -> refresh(false));
        selected.addListener((obs, old, entry) -> selectedText.set(entry == null ? "" : describe(entry)));
        refresh(true);
    }

    /** Re-reads the log (unless paused; a filter change always applies). Call a few times a second. */
    public void refresh() {
        refresh(false);
    }

    private void refresh(boolean filterChanged) {
        if (paused.get() && !filterChanged) {
            return;
        }
        List<EventLog.Entry> now = log.entries(deviceId, topic.get(), field.get());
        if (!now.equals(entries)) {
            EventLog.Entry keep = selected.get();
            entries.setAll(now);
            if (keep != null && now.contains(keep)) {
                selected.set(keep);
            }
        }
    }

    /** Loads the last 24 hours of history in the background. */
    public void loadHistory() {
        executor.submit(BackgroundTask.of("Reading the history of " + name,
                context -> history.samples(deviceId, clock.instant().minus(HistoryStore.RETENTION)))
                .onSuccess(list -> {
                    samples.setAll(list);
                    historyProblem.set(list.isEmpty() ? "No history yet: it builds up while the app runs." : "");
                })
                .onFailure(error -> historyProblem.set("Could not read the history: " + error.getMessage())));
    }

    /** The selected message as pretty JSON, for the clipboard. */
    public String selectedJson() {
        EventLog.Entry entry = selected.get();
        return entry == null ? "" : new GsonBuilder().setPrettyPrinting().create().toJson(entry.message());
    }

    /** When a message came, in the user's local time: "19:04:12". */
    public String timeOf(EventLog.Entry entry) {
        return timeOfDay.format(entry.at());
    }

    /** How far into the current hour now is, in hours (0.25 at 19:15), so the history's ticks fall on whole hours. */
    public double hoursPastTheHour() {
        java.time.ZonedDateTime now = clock.instant().atZone(zone);
        return (now.getMinute() * 60 + now.getSecond()) / 3600.0;
    }

    /** How many hours before now {@code at} was. */
    public double hoursAgo(java.time.Instant at) {
        return java.time.Duration.between(at, clock.instant()).toSeconds() / 3600.0;
    }

    /** The local clock time {@code hoursAgo} hours before now ("19:00"), for the history's axis. */
    public String clockAt(double hoursAgo) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(zone)
                .format(clock.instant().minusSeconds(Math.round(hoursAgo * 3600)));
    }

    private String describe(EventLog.Entry entry) {
        StringBuilder text = new StringBuilder(timeOf(entry)).append("  ").append(entry.summary()).append("\n\n");
        text.append("As the player sent it (").append(entry.kind().suffix()).append("):\n");
        text.append(new GsonBuilder().setPrettyPrinting().create().toJson(entry.message()));
        text.append("\n\nChanges since the previous ").append(entry.kind().suffix()).append(" message:\n");
        text.append(entry.changes().isEmpty() ? "(none)" : String.join("\n", entry.changes()));
        return text.toString();
    }

    public String deviceId() {
        return deviceId;
    }

    public String name() {
        return name;
    }

    public ObservableList<EventLog.Entry> entries() {
        return entries;
    }

    public ObjectProperty<Optional<Topics.Kind>> topicProperty() {
        return topic;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public ObjectProperty<EventLog.Entry> selectedProperty() {
        return selected;
    }

    public StringProperty selectedTextProperty() {
        return selectedText;
    }

    public ObservableList<HistoryStore.Sample> samples() {
        return samples;
    }

    public StringProperty historyProblemProperty() {
        return historyProblem;
    }
}
