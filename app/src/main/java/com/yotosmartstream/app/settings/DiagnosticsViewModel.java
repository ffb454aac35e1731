package com.yotosmartstream.app.settings;

import com.yotosmartstream.client.traffic.TrafficRecorder;
import com.yotosmartstream.client.traffic.TrafficSwitch;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Settings page's Diagnostics: recording the player traffic of this household (MQTT and REST,
 * in and out, redacted before it is written) to a file in the data folder's {@code diagnostics}
 * folder, to attach to an issue. Properties change on the FX thread; the file is opened, written
 * and closed in the background. A recording ends when the user stops it or the app closes.
 */
public final class DiagnosticsViewModel implements AutoCloseable {

    /** What the Settings page says about sharing a recording. */
    public static final String SHARING_NOTE = "A recording holds what this app and your players say to each other"
            + " while it runs. Before anything is written, sign-in tokens, e-mail addresses, user and player ids"
            + " (players become DEVICE_1, DEVICE_2...), player names, Wi-Fi names, serial numbers, MAC addresses"
            + " and the secret part of stream links are replaced. Card titles and what was played stay. Record"
            + " while the problem happens, stop, then attach the file to an issue in the project's issue tracker;"
            + " read it first if you like: it is plain text.";

    private final Path folder;
    private final String appVersion;
    private final TrafficSwitch traffic;
    private final TaskExecutor executor;
    private final Consumer<Runnable> fx;
    private final Clock clock;
    private final Runnable started;
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Not recording.");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** The latest stats from the writer, shown at most once per FX pulse. */
    private final AtomicReference<TrafficRecorder.Stats> latest = new AtomicReference<>();
    private TrafficRecorder recorder;

    /**
     * @param folder  where recordings go (made when the first one starts)
     * @param traffic the household's tap, which the recorder is attached to while it runs
     * @param fx      runs a job on the FX thread
     * @param started run (on the FX thread) once recording has begun: the app asks the players
     *                for their status, so a recording starts with their whole state
     */
    public DiagnosticsViewModel(Path folder, String appVersion, TrafficSwitch traffic, TaskExecutor executor,
            Consumer<Runnable> fx, Clock clock, Runnable started) {
        this.folder = folder;
        this.appVersion = appVersion;
        this.traffic = traffic;
        this.executor = executor;
        this.fx = fx;
        this.clock = clock;
        this.started = started;
    }

    /** Starts a new recording (a new file); nothing happens while one runs. */
    public void start() {
        if (recorder != null || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        executor.submit(BackgroundTask.of("Starting to record player traffic",
                        context -> TrafficRecorder.start(folder, appVersion, clock, executor.serial("traffic-recorder")))
                .onSuccess(this::begin)
                .onFailure(error -> {
                    busy.set(false);
                    problem.set("Could not start recording in " + folder + ": " + error.getMessage());
                }));
    }

    private void begin(TrafficRecorder opened) {
        recorder = opened;
        opened.onChange(this::changed);
        traffic.attach(opened);
        file.set(opened.file().toString());
        recording.set(true);
        busy.set(false);
        show(opened.stats());
        started.run();
    }

    /** Stops the recording; the file is closed in the background. */
    public void stop() {
        TrafficRecorder current = recorder;
        if (current == null) {
            return;
        }
        recorder = null;
        traffic.detach(current);
        busy.set(true);
        current.stop().whenComplete((stats, error) -> fx.accept(() -> {
            busy.set(false);
            recording.set(false);
            show(current.stats());
        }));
    }

    /** Stops any recording and waits (a few seconds at most) for its file to be closed: at exit. */
    @Override
    public void close() {
        TrafficRecorder current = recorder;
        recorder = null;
        if (current != null) {
            traffic.detach(current);
            current.close();
        }
    }

    public Path folder() {
        return folder;
    }

    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** True while a recording is being started or stopped. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The file of the current or last recording; empty before the first. */
    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** "Recording: 12 messages, 3.4 KB so far." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the recording could not start or stopped by itself; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** On the writer: keep the newest stats and show them once on the FX thread. */
    private void changed(TrafficRecorder.Stats stats) {
        if (latest.getAndSet(stats) == null) {
            fx.accept(() -> show(latest.getAndSet(null)));
        }
    }

    private void show(TrafficRecorder.Stats stats) {
        if (stats == null) {
            return;
        }
        String size = lines(stats.lines()) + ", " + bytes(stats.bytes());
        String dropped = stats.dropped() == 0 ? "" : " (" + stats.dropped() + " not recorded)";
        summary.set(stats.open() ? "Recording: " + size + " so far" + dropped + "." : "Recorded " + size + dropped + ".");
        stats.problem().ifPresent(problem::set);
        if (!stats.open() && recorder != null && recorder.file().equals(stats.file())) {
            // it stopped by itself (a write failed)
            traffic.detach(recorder);
            recorder = null;
            recording.set(false);
        }
    }

    static String lines(long count) {
        return count == 1 ? "1 message" : count + " messages";
    }

    static String bytes(long count) {
        if (count < 1024) {
            return count + " bytes";
        }
        if (count < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", count / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", count / (1024.0 * 1024.0));
    }
}
