package com.yotosmartstream.story.editor;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.edit.Edits;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.record.CaptureException;
import com.yotosmartstream.story.record.Microphones;
import com.yotosmartstream.story.record.RecordingProgress;
import com.yotosmartstream.story.record.Take;
import com.yotosmartstream.story.record.TakeRecorder;
import com.yotosmartstream.story.voice.SpokenText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record panel's state (ADR 0085): the focused node's narration for the teleprompter, the
 * microphones, a take being recorded and its level, each node's takes, and keeping one: trimmed,
 * brought to the library's loudness, put in the library and attached to the node as one undoable
 * edit. Opening, stopping and keeping run in the background; everything here changes on the FX thread.
 */
public final class RecordViewModel {

    /** One take in the list, and whether it is the node's audio now. */
    public record TakeRow(Take take, boolean kept) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RecordViewModel.class);

    private final StoryEditorViewModel editor;
    private final TakeRecorder recorder;
    private final TaskExecutor executor;
    private final Executor fx;
    private final ObservableList<String> microphones = FXCollections.observableArrayList();
    private final StringProperty microphone = new SimpleStringProperty(Microphones.SYSTEM_DEFAULT);
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(this, "recording");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper(this, "level");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper prompter = new ReadOnlyStringWrapper(this, "prompter", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ObservableList<TakeRow> takes = FXCollections.observableArrayList();
    private final Map<String, List<Take>> takesByNode = new HashMap<>();
    /** The library track each kept take became (by the take's file). */
    private final Map<Path, String> keptTracks = new HashMap<>();
    private final AtomicLong pendingLevel = new AtomicLong();
    private final AtomicBoolean levelQueued = new AtomicBoolean();
    private String recordingNode;
    /** Why the capture ended by itself, said with the take it left. */
    private String endedBecause = "";

    public RecordViewModel(StoryEditorViewModel editor, TakeRecorder recorder, TaskExecutor executor, Executor fx) {
        this.editor = editor;
        this.recorder = recorder;
        this.executor = executor;
        this.fx = fx;
        editor.focusedProperty().addListener((obs, old, id) -> refresh());
        editor.storyProperty().addListener((obs, old, story) -> refresh());
        refresh();
    }

    /** Lists the microphones again (in the background); says so when there is none. */
    public void findMicrophones() {
        executor.submit(BackgroundTask.of("Finding microphones", ctx -> recorder.microphones().names())
                .onSuccess(found -> {
                    String chosen = microphone.get();
                    microphones.setAll(found);
                    if (found.isEmpty()) {
                        microphone.set(null); // the chooser says there is none; R still tries the system's default
                        message.set(Microphones.NONE_FOUND);
                    } else if (!found.contains(chosen)) {
                        microphone.set(found.get(0));
                    }
                })
                .onFailure(e -> LOG.info("Could not list the microphones: {}", e.toString())));
    }

    /** Starts a take of the focused node (R). */
    public void record() {
        if (recording.get() || busy.get()) {
            return;
        }
        Optional<StoryNode> node = editor.focusedNode();
        if (node.isEmpty()) {
            message.set("Select a node to record, or press N for the next one without audio.");
            return;
        }
        String id = node.get().id();
        String mic = microphone.get();
        busy.set(true);
        executor.submit(BackgroundTask.running("Opening the microphone", ctx ->
                recorder.start(mic, this::levelHeard, problem -> fx.execute(() -> ended(problem))))
                .onSuccess(v -> {
                    busy.set(false);
                    recordingNode = id;
                    recording.set(true);
                    message.set("Recording '" + name(node.get()) + "'. Press Space to stop.");
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set(e instanceof CaptureException ? e.getMessage()
                            : "The microphone could not be opened (" + e + ").");
                }));
    }

    /** Ends the take being recorded (Space) and adds it to its node's takes. */
    public void stop() {
        if (!recording.get()) {
            return;
        }
        String id = recordingNode;
        int number = takesByNode.getOrDefault(id, List.of()).size() + 1;
        recording.set(false);
        level.set(0);
        busy.set(true);
        recorder.halt(); // at once, even when the background is busy
        executor.submit(BackgroundTask.of("Saving the take", ctx -> {
            Optional<com.yotosmartstream.story.record.Pcm.Sound> heard = recorder.stop();
            return heard.isEmpty() ? Optional.<Take>empty() : Optional.of(recorder.save(id, number, heard.get()));
        }).onSuccess(take -> {
            busy.set(false);
            String because = endedBecause;
            endedBecause = "";
            if (take.isEmpty()) {
                message.set(because + "Nothing was heard: check the microphone and its level, then press R again.");
                return;
            }
            takesByNode.computeIfAbsent(id, k -> new ArrayList<>()).add(take.get());
            message.set(because + take.get().name() + " recorded (" + String.format(java.util.Locale.ROOT, "%.1f",
                    take.get().seconds()) + " s). Play it, keep it, or press R for another.");
            refresh();
        }).onFailure(e -> {
            busy.set(false);
            LOG.warn("Could not save a take", e);
            message.set("The take could not be saved: " + e.getMessage());
        }));
    }

    /**
     * Keeps {@code take} as its node's audio: trimmed, at the library's loudness, put in the
     * library, then attached as one undoable edit.
     */
    public void keep(Take take) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Keeping " + take.name() + "…");
        var library = editor.audioLibrary();
        String nodeTitle = editor.story().node(take.nodeId()).map(RecordViewModel::name).orElse(take.nodeId());
        executor.submit(BackgroundTask.of("Keeping a take", ctx -> {
            Path wav = TakeRecorder.keep(take, library.loudnessTarget());
            return library.recorded(wav, nodeTitle);
        }).onSuccess(track -> {
            busy.set(false);
            attach(take, track);
        }).onFailure(e -> {
            busy.set(false);
            LOG.warn("Could not keep a take", e);
            message.set("The take could not be kept: " + e.getMessage());
        }));
    }

    private void attach(Take take, Optional<AudioTrack> track) {
        if (track.isEmpty()) {
            message.set("The library could not take the recording; see the Library page (is there room on the disk?).");
            return;
        }
        if (editor.story().node(take.nodeId()).isEmpty()) {
            message.set("The node was deleted; the recording is in the library as '" + track.get().title() + "'.");
            return;
        }
        keptTracks.put(take.file(), track.get().id());
        editor.execute(Edits.setAudio(editor.story(), List.of(take.nodeId()),
                new AudioRef(track.get().id(), track.get().title(), track.get().seconds())));
        message.set(take.name() + " is the node's audio now (Ctrl+Z takes it back).");
        refresh();
    }

    /** Selects the next node without audio (N); its id, empty when every node has audio. */
    public Optional<String> next() {
        Optional<String> next = RecordingProgress.nextWithoutAudio(editor.story(), editor.focusedProperty().get());
        next.ifPresentOrElse(editor::select, () -> message.set("Every node has audio."));
        return next;
    }

    private void levelHeard(double dbfs) {
        double value = Double.isInfinite(dbfs) ? 0 : Math.max(0, Math.min(1, (dbfs + 60) / 60));
        pendingLevel.set(Double.doubleToLongBits(value));
        if (levelQueued.compareAndSet(false, true)) { // one update per frame at most
            fx.execute(() -> {
                levelQueued.set(false);
                if (recording.get()) {
                    level.set(Double.longBitsToDouble(pendingLevel.get()));
                }
            });
        }
    }

    private void ended(String problem) {
        message.set(problem);
        if (recording.get()) {
            endedBecause = problem + " ";
            stop();
        }
    }

    private void refresh() {
        var story = editor.story();
        progress.set(RecordingProgress.summary(story));
        Optional<StoryNode> node = editor.focusedNode();
        title.set(node.map(RecordViewModel::name).orElse(""));
        prompter.set(node.map(n -> SpokenText.of(n.narration())).map(t -> t.isBlank() ? "(This node has no narration"
                + " yet: write it in the side panel, or say what you like.)" : t)
                .orElse("Select a node on the canvas, or press N for the next one without audio."));
        String audio = node.flatMap(StoryNode::audio).map(AudioRef::trackId).orElse(null);
        List<TakeRow> rows = new ArrayList<>();
        node.ifPresent(n -> takesByNode.getOrDefault(n.id(), List.of())
                .forEach(t -> rows.add(new TakeRow(t, audio != null && audio.equals(keptTracks.get(t.file()))))));
        if (!rows.equals(takes)) {
            takes.setAll(rows);
        }
    }

    private static String name(StoryNode node) {
        return node.title().isBlank() ? node.id() : node.title();
    }

    public ObservableList<String> microphones() {
        return microphones;
    }

    /** The chosen microphone's name ({@link Microphones#SYSTEM_DEFAULT} at first; null when none was found). */
    public StringProperty microphoneProperty() {
        return microphone;
    }

    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** Opening the microphone, saving or keeping a take. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The input level while recording, 0 (silence, or -60 dBFS and under) to 1 (full scale). */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** What happened last, or what to do ("No microphone was found..."); empty at first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The focused node's title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The words to read: the focused node's narration without markup. */
    public ReadOnlyStringProperty prompterProperty() {
        return prompter.getReadOnlyProperty();
    }

    /** "12 of 30 nodes recorded". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The focused node's takes, oldest first. */
    public ObservableList<TakeRow> takes() {
        return takes;
    }

    public StoryEditorViewModel editor() {
        return editor;
    }
}
