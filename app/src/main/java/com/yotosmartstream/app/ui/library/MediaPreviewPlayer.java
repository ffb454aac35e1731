package com.yotosmartstream.app.ui.library;

import com.yotosmartstream.app.library.PreviewPlayer;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

/**
 * Preview playback with JavaFX Media. The file is opened in the background; the player is made and
 * driven on the FX thread. A computer without sound output gets a message instead of a crash.
 */
final class MediaPreviewPlayer implements PreviewPlayer {

    private final TaskExecutor executor;
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper duration = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private MediaPlayer player;
    private boolean playWhenReady;
    private int generation;

    MediaPreviewPlayer(TaskExecutor executor) {
        this.executor = executor;
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
                .onFailure(failure -> error.set(cannotPlay(failure))));
    }

    private void attach(Media media) {
        try {
            player = new MediaPlayer(media);
        } catch (MediaException | IllegalStateException e) {
            error.set(cannotPlay(e));
            return;
        }
        error.set("");
        player.setOnError(() -> {
            error.set(cannotPlay(player.getError()));
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

    private static String cannotPlay(Throwable failure) {
        String reason = failure == null || failure.getMessage() == null ? "unknown reason" : failure.getMessage();
        return "This computer cannot play it (" + reason + "). Players can still stream it.";
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
