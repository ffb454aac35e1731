package com.yotosmartstream.app.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.library.LibraryViewModel;
import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.library.LibrarySchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Library's preview on a computer where JavaFX cannot open a sound output: the player's
 * creation is made to fail as it does there, and the page says so in words, with no exception
 * escaping to the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewWithoutSoundTest {

    Path dir;
    Database database;
    Streamer streamer;
    LibraryViewModel viewModel;
    /** What the player factory throws; a fresh failure per attempt. */
    RuntimeException noDevice;
    LinkageError noLibrary;
    final AtomicInteger attempts = new AtomicInteger();
    final List<Throwable> escaped = new ArrayList<>();
    Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("preview-test");
        database = Database.open(dir.resolve("db"), List.of(CoreSchema.migrations(), LibrarySchema.migrations()),
                dir.resolve("backups"));
        streamer = Streamer.open(dir.resolve("library"), database, SettingsStore.load(database, Runnable::run));
        Path mp3 = TestAudio.mp3(dir.resolve("night.mp3"), 1.0, "Night night", "Dad");
        streamer.library().importAll(List.of(mp3), TaskContext.QUIET);
        MediaPreviewPlayer player = new MediaPreviewPlayer(new CurrentThreadTaskExecutor(), media -> {
            attempts.incrementAndGet();
            if (noLibrary != null) {
                throw noLibrary;
            }
            throw noDevice;
        });
        viewModel = new LibraryViewModel(streamer, new CurrentThreadTaskExecutor(), Runnable::run, player);
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> escaped.add(error));
        stage.setScene(new Scene(new TrackDetails(viewModel).view(), 420, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        streamer.close();
        database.close();
    }

    private String pressPlay(FxRobot robot) {
        robot.interact(() -> viewModel.selectedProperty().set(viewModel.allTracks().get(0)));
        robot.clickOn("#library-preview-play");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#library-preview-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        return error.getText();
    }

    @Test
    void withNoSoundOutputThePreviewSaysSoAndThatPlayersStillStream(FxRobot robot) {
        noDevice = new IllegalStateException("Could not create player!");

        String message = pressPlay(robot);

        assertThat(attempts).hasValue(1);
        assertThat(message).isEqualTo("The preview cannot play on this computer: no sound output could be opened"
                + " (Could not create player!). Check that speakers or headphones are connected and switched on."
                + " Players can still stream this track.");
        assertThat(escaped).isEmpty();
    }

    @Test
    void withoutTheNativeMediaLibrariesThePreviewSaysSoInsteadOfThrowing(FxRobot robot) {
        noLibrary = new UnsatisfiedLinkError("libasound.so.2: cannot open shared object file");

        String message = pressPlay(robot);

        assertThat(message).startsWith("The preview cannot play on this computer: the sound and media libraries")
                .contains("libasound.so.2").endsWith("Players can still stream this track.");
        assertThat(escaped).isEmpty();
        robot.clickOn("#library-preview-play"); // pressing again tries again, and fails the same quiet way
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(attempts).hasValue(2);
        assertThat(escaped).isEmpty();
    }

    @Test
    void theMessagesNameTheReasonEvenWhenTheFailureHasNone() {
        assertThat(MediaPreviewPlayer.noSoundOutput(new IllegalStateException()))
                .contains("(IllegalStateException)");
        assertThat(MediaPreviewPlayer.noSoundOutput(new IllegalStateException(
                "com.sun.media.jfxmedia.MediaException: Could not create player!")))
                .contains("(Could not create player!)");
        assertThat(MediaPreviewPlayer.stopped(null)).isEqualTo("The preview stopped (no reason given)."
                + " Players can still stream this track.");
        assertThat(MediaPreviewPlayer.cannotOpen(new IllegalArgumentException("Unrecognized file signature")))
                .isEqualTo("The preview cannot play this file on this computer (Unrecognized file signature)."
                        + " Players can still stream this track.");
    }
}
