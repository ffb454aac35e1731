package com.yotosmartstream.story.editor;

import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.play.PlaytestCompiler;
import com.yotosmartstream.story.play.PlaytestPlayer;
import com.yotosmartstream.story.voice.Narrator;
import com.yotosmartstream.story.voice.Speech;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A playtest: the story, as it is now, compiled (silence standing in for missing audio), saved to
 * a virtual player's account and started there at any node; the player's own buttons walk it, and
 * what the player reports (its chapter, whether it plays) is shown and highlighted on the canvas.
 * The virtual player starts the first time it is needed and is kept for later playtests.
 */
public final class PlaytestViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlaytestViewModel.class);

    /** Starts the virtual player (blocking; called in the background). */
    @FunctionalInterface
    public interface PlayerStarter {
        PlaytestPlayer start() throws Exception;
    }

    private final StoryEditorViewModel editor;
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final PlayerStarter starter;
    private final Executor buttons;
    private volatile PlaytestPlayer player;
    private volatile Speech speech = Speech.none();
    private AutoCloseable listening;
    private CompileResult.Compiled card;
    private Story cardStory;
    private java.util.Map<String, String> silenced = java.util.Map.of();
    private long session;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Press Play to hear the story on a "
            + "virtual Yoto player, and use its buttons (or the arrow keys) to choose.");
    private final ReadOnlyStringWrapper nodeTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> iconRef = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> trackUrl = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");

    /**
     * @param fxThread runs player updates on the UI thread
     */
    public PlaytestViewModel(StoryEditorViewModel editor, TaskExecutor executor, Executor fxThread,
            PlayerStarter starter) {
        this.editor = editor;
        this.executor = executor;
        this.fxThread = fxThread;
        this.starter = starter;
        this.buttons = executor.serial("playtest-buttons");
    }

    /** Speaks the nodes without recorded audio (ADR 0077); without it, or without an engine, they play silence. */
    public void setSpeech(Speech value) {
        speech = value;
    }

    /** Plays from the start node. */
    public void playFromStart() {
        editor.story().start().ifPresentOrElse(s -> playFrom(s.id()),
                () -> status.set("The story has no start node yet. Choose one, or play from a selected node."));
    }

    /** Plays from the node selected on the canvas (or the start when none is). */
    public void playFromSelection() {
        Optional<String> selected = Optional.ofNullable(editor.focusedProperty().get());
        selected.ifPresentOrElse(this::playFrom, this::playFromStart);
    }

    /** Compiles the story as it is now and starts it at {@code nodeId} on the virtual player. */
    public void playFrom(String nodeId) {
        Story story = editor.story();
        if (!story.contains(nodeId)) {
            return;
        }
        long mine = ++session;
        busy.set(true);
        status.set(player == null ? "Starting the virtual player…" : "Loading the story onto the player…");
        executor.submit(BackgroundTask.<Object>of("Playtest of '" + story.title() + "'", ctx -> {
            PlaytestPlayer p = player();
            Narration narration = narrate(story, ctx);
            CompileResult result = PlaytestCompiler.compile(narration.story(), editor.audioLibrary(), p::silenceUrl);
            if (result instanceof CompileResult.Refused refused) {
                return result;
            }
            CompileResult.Compiled compiled = (CompileResult.Compiled) result;
            java.util.Map<String, String> reasons = new java.util.LinkedHashMap<>(
                    PlaytestCompiler.silencedTracks(story, editor.audioLibrary()));
            narration.story().nodes().stream().filter(n -> n.audio().isEmpty())
                    .forEach(n -> reasons.put(n.id(), narration.note()));
            String cardId = p.load(compiled.card());
            CommandResult started = p.play(cardId, compiled.chapterKeys().get(nodeId)).get(10, TimeUnit.SECONDS);
            if (started != CommandResult.OK) {
                throw new IllegalStateException("the virtual player answered " + started + " to card/start");
            }
            return new Started(compiled, reasons);
        }).onSuccess(outcome -> {
            CompileResult result = outcome instanceof Started started ? started.card() : (CompileResult) outcome;
            if (mine != session) {
                return;
            }
            busy.set(false);
            if (result instanceof CompileResult.Refused refused) {
                status.set("The story cannot play yet: " + String.join(" ", refused.reasons().stream()
                        .map(LintIssue::message).toList()));
                return;
            }
            card = (CompileResult.Compiled) result;
            silenced = ((Started) outcome).silenced();
            cardStory = story;
            running.set(true);
            status.set("Playing. Press Left or Right (or the arrow keys) to choose.");
            PlaytestPlayer p = player;
            if (p != null) {
                playerChanged(p.state());
            }
        }).onFailure(error -> {
            busy.set(false);
            running.set(false);
            LOG.warn("Playtest failed", error);
            status.set("The playtest could not start: " + (error.getMessage() == null ? error : error.getMessage()));
        }));
    }

    /** A card on the player, and the nodes whose track plays as silence (with why). */
    private record Started(CompileResult.Compiled card, java.util.Map<String, String> silenced) {
    }

    /** The story with its unrecorded nodes spoken, and what to tell of each that could not be. */
    private record Narration(Story story, String note) {
    }

    private Narration narrate(Story story, com.yotosmartstream.core.task.TaskContext ctx) throws Exception {
        if (!Narrator.needed(story)) {
            return new Narration(story, "");
        }
        Optional<Narrator> narrator = speech.narrator();
        if (narrator.isEmpty()) {
            return new Narration(story, "It has no recorded audio, so it plays silence: " + speech.describe());
        }
        fxThread.execute(() -> status.set("Speaking the nodes without recorded audio and the choices\u2026"));
        Narrator.Result result = narrator.get().narrate(story, editor.audioLibrary(), ctx);
        return new Narration(result.story(), "It could not be spoken, so it plays silence. "
                + String.join(" ", result.problems()));
    }

    private synchronized PlaytestPlayer player() throws Exception {
        if (player == null) {
            player = starter.start();
            listening = player.onChange(fxThread, this::playerChanged);
        }
        return player;
    }

    private void playerChanged(PlayerState state) {
        if (card == null) {
            return;
        }
        Optional<String> nodeId = state.chapterKey().flatMap(card::nodeFor);
        Optional<StoryNode> node = nodeId.flatMap(id -> cardStory.node(id));
        editor.playingNodeProperty().set(state.playbackStatus() == PlaybackStatus.STOPPED ? null : nodeId.orElse(null));
        nodeTitle.set(node.map(n -> n.title().isBlank() ? n.id() : n.title()).orElse(""));
        iconRef.set(node.flatMap(StoryNode::icon).orElse(null));
        PlaybackStatus playback = state.playbackStatus();
        running.set(playback != PlaybackStatus.STOPPED);
        trackUrl.set(playback == PlaybackStatus.PLAYING ? card.card().chapters().stream()
                .filter(c -> c.key().equals(state.chapterKey().orElse(""))).findFirst()
                .map(c -> c.tracks().get(0).trackUrl()).orElse(null) : null);
        progress.set(state.trackLengthSeconds().map(l -> Durations.clock(state.positionSeconds().orElse(0.0)) + " / " + Durations.clock(l))
                .orElse(""));
        Optional<String> silence = nodeId.map(silenced::get);
        Optional<String> problem = Optional.ofNullable(player).flatMap(PlaytestPlayer::problem);
        switch (playback) {
            case PLAYING -> status.set((state.chapterKey().filter(card::isPause).isPresent()
                    ? "Nobody has answered yet: waiting quietly, then the question comes again. Press Left or Right"
                    + " (or the arrow keys) to choose."
                    : node.map(n -> n.isEnding() ? "Playing an ending." : "Playing. Press Left or Right "
                    + "(or the arrow keys) to choose.").orElse("Playing.")) + silence.map(s -> " " + s).orElse(""));
            case LOADING -> status.set("Loading the track…");
            case PAUSED -> status.set("Paused.");
            case STOPPED -> status.set(problem.map(p -> "The player stopped: " + p).orElseGet(() -> node.map(n -> "Stopped at "
                    + (n.title().isBlank() ? n.id() : "'" + n.title() + "'")
                    + (n.isEnding() ? ", an ending." : ". The story ends here.")).orElse("Stopped.")));
            default -> {
            }
        }
    }

    public void pressLeft() {
        press(PlaytestPlayer::pressLeft);
    }

    public void pressRight() {
        press(PlaytestPlayer::pressRight);
    }

    /** Lets the playing track end now (no need to wait for it). */
    public void finishTrack() {
        press(PlaytestPlayer::finishTrack);
    }

    public void stop() {
        press(p -> p.stop());
    }

    private void press(java.util.function.Consumer<PlaytestPlayer> action) {
        PlaytestPlayer p = player;
        if (p != null && running.get()) {
            buttons.execute(() -> action.accept(p));
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether a card is playing (or loading, or paused) on the virtual player. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nodeTitleProperty() {
        return nodeTitle.getReadOnlyProperty();
    }

    /** The playing node's icon; null when it has none. */
    public ReadOnlyObjectProperty<String> iconRefProperty() {
        return iconRef.getReadOnlyProperty();
    }

    /** The stream the player is playing, for the PC to play along; null when nothing plays. */
    public ReadOnlyObjectProperty<String> trackUrlProperty() {
        return trackUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void close() {
        PlaytestPlayer p = player;
        player = null;
        if (p != null) {
            executor.submit(BackgroundTask.running("Stopping the playtest player", ctx -> {
                if (listening != null) {
                    listening.close();
                }
                p.close();
            }));
        }
    }
}
