package com.yotosmartstream.app.ui.library;

import com.yotosmartstream.app.library.PreviewPlayer;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preview playback with JavaFX Media. The file is opened in the background; the player is made and
 * driven on the FX thread. A computer without sound output (or without the native libraries JavaFX
 * Media needs) gets a message saying so instead of an exception.
 */
final class MediaPreviewPlayer implements PreviewPlayer {

    /** Makes the player for an opened file; this is where JavaFX opens the sound output. */
    @FunctionalInterface
    interface PlayerFactory {
        MediaPlayer create(Media media);
    }

    static final String STILL_STREAMS = " Players can still stream this track.";
    /** A class name in front of a message, as in "com.sun.media.jfxmedia.MediaException: Could not ...". */
    private static final Pattern WRAPPED = Pattern.compile("^([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ");

    private static final Logger LOG = LoggerFactory.getLogger(MediaPreviewPlayer.class);

    private final TaskExecutor executor;
    private final PlayerFactory players;
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper duration = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private MediaPlayer player;
    private boolean playWhenReady;
    private int generation;

    MediaPreviewPlayer(TaskExecutor executor) {
        this(executor, MediaPlayer::new);
    }

    MediaPreviewPlayer(TaskExecutor executor, PlayerFactory players) {
        this.executor = executor;
        this.players = players;
    }

    @Override
    public void load(Path file) {
        unload();
        int loading = ++generation;
        executor.submit(BackgroundTask.of("Opening a preview", ctx -> new Media(file.toUri().toString()))
                .onSuccess(media -> {
                    if (loading == generation) {
                        attach(media);
                    }
                })
                .onFailure(failure -> {
                    if (loading == generation) {
                        error.set(cannotOpen(failure));
                    }
                }));
    }

    private void attach(Media media) {
        try {
            player = players.create(media);
        } catch (RuntimeException | LinkageError e) {
            // MediaException "Could not create player!" when there is no sound output; an
            // UnsatisfiedLinkError when the native media or sound libraries are missing
            LOG.info("The preview cannot play here: {}", e.toString());
            player = null;
            error.set(noSoundOutput(e));
            return;
        }
        error.set("");
        MediaPlayer current = player;
        current.setOnError(() -> {
            LOG.info("The preview stopped: {}", String.valueOf(current.getError()));
            error.set(stopped(current.getError()));
            playing.set(false);
        });
        player.currentTimeProperty().addListener((obs, old, now) -> position.set(now.toSeconds()));
        player.totalDurationProperty().addListener((obs, old, now) -> duration.set(known(now)));
        player.statusProperty().addListener((obs, old, now) -> playing.set(now == MediaPlayer.Status.PLAYING));
        player.setOnEndOfMedia(() -> {
            player.stop();
            player.seek(Duration.ZERO);
        });
        duration.set(known(media.getDuration()));
        if (playWhenReady) {
            player.play();
        }
    }

    @Override
    public void play() {
        playWhenReady = true;
        if (player != null) {
            player.play();
        }
    }

    @Override
    public void pause() {
        playWhenReady = false;
        if (player != null) {
            player.pause();
        }
    }

    @Override
    public void seek(double seconds) {
        if (player != null) {
            player.seek(Duration.seconds(seconds));
        }
        position.set(seconds);
    }

    @Override
    public void unload() {
        generation++;
        playWhenReady = false;
        if (player != null) {
            player.dispose();
            player = null;
        }
        playing.set(false);
        position.set(0);
        duration.set(0);
        error.set("");
    }

    private static double known(Duration d) {
        return d == null || d.isUnknown() || d.isIndefinite() ? 0 : d.toSeconds();
    }

    /** Making the player failed: no sound output, or no media libraries. */
    static String noSoundOutput(Throwable failure) {
        if (failure instanceof LinkageError) {
            return "The preview cannot play on this computer: the sound and media libraries JavaFX needs could"
                    + " not be loaded (" + reason(failure) + ")." + STILL_STREAMS;
        }
        return "The preview cannot play on this computer: no sound output could be opened (" + reason(failure)
                + "). Check that speakers or headphones are connected and switched on." + STILL_STREAMS;
    }

    /** Opening the file failed (a format JavaFX does not play, or a file it cannot read). */
    static String cannotOpen(Throwable failure) {
        return "The preview cannot play this file on this computer (" + reason(failure) + ")." + STILL_STREAMS;
    }

    /** Playback stopped with an error after it started. */
    static String stopped(Throwable failure) {
        return "The preview stopped (" + reason(failure) + ")." + STILL_STREAMS;
    }

    private static String reason(Throwable failure) {
        if (failure == null) {
            return "no reason given";
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        // JavaFX wraps its native layer's exception as "com.sun.media.jfxmedia.MediaException: ..."
        return WRAPPED.matcher(message.strip()).replaceFirst("");
    }

    @Override
    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
