package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.app.settings.StreamingSettingsViewModel;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import com.yotosmartstream.streamer.library.Track;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings page's library and streaming section: ffmpeg, port, public address, HTTPS, loudness. */
@ExtendWith(ApplicationExtension.class)
class StreamingSettingsTest {

    @TempDir
    Path dataDir;
    ShellFixture shell;

    @BeforeEach
    void openShell() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        shell = FxToolkit.setupFixture(() -> ShellFixture.open(stage, dataDir, "--page=settings", "--size=1200x740"));
        shell.services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
    }

    @AfterEach
    void closeShell() throws Exception {
        shell.close();
    }

    private Streamer streamer() {
        return shell.services.streamer();
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    /** Scrolls the Settings page to its end, so the Apply button is on screen, and clicks it. */
    private void apply(FxRobot robot) {
        robot.interact(() -> robot.lookup("#page-settings").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#settings-streaming-apply");
    }

    private String result(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#settings-streaming-result").queryAs(Label.class).getText();
    }

    /** Scrolls the Settings page so the node is on screen (the sections above it vary in height). */
    private static void scrollTo(FxRobot robot, String query) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane page = robot.lookup("#page-settings")
                    .queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node node = robot.lookup(query).query();
            javafx.geometry.Bounds bounds = page.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (bounds.getMinY() - 20) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void lookingForFfmpegSaysWhatWasFound(FxRobot robot) {
        scrollTo(robot, "#settings-ffmpeg-again");
        robot.clickOn("#settings-ffmpeg-again");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#settings-ffmpeg").queryAs(Label.class).getText())
                .isEqualTo(StreamingSettingsViewModel.describe(Ffmpeg.locate(FfmpegChoice.AUTOMATIC)));
        assertThat(streamer().library().ffmpegChecked()).isTrue();
    }

    @Test
    void withNoSystemFfmpegTheOneInsideTheAppIsUsedAndTheChoiceIsSaved(FxRobot robot) {
        scrollTo(robot, "#settings-ffmpeg-again");
        robot.clickOn("#settings-ffmpeg-again");
        WaitForAsyncUtils.waitForFxEvents();
        Ffmpeg.Origin expected = Ffmpeg.detect().isPresent() ? Ffmpeg.Origin.SYSTEM : Ffmpeg.Origin.BUNDLED;
        assertThat(streamer().library().ffmpeg()).hasValueSatisfying(f -> assertThat(f.origin()).isEqualTo(expected));

        robot.interact(() -> robot.lookup("#settings-ffmpeg-choice").queryAs(ChoiceBox.class)
                .setValue(FfmpegChoice.BUNDLED));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.services.settings().get(StreamerSettings.FFMPEG)).isEqualTo(FfmpegChoice.BUNDLED);
        assertThat(streamer().library().ffmpeg()).hasValueSatisfying(f -> assertThat(f.origin())
                .isEqualTo(Ffmpeg.Origin.BUNDLED));
        assertThat(robot.lookup("#settings-ffmpeg").queryAs(Label.class).getText())
                .startsWith("ffmpeg 7.1.1 inside the app (bytedeco's build, LGPL v3). It converts every format");
    }

    @Test
    void aBadPortOrPublicAddressIsRefusedWithWhatToDoAndNothingIsSaved(FxRobot robot) {
        type(robot, "#settings-port", "80");
        apply(robot);
        assertThat(result(robot)).startsWith("Ports below 1024 need administrator rights");

        type(robot, "#settings-port", "seven");
        apply(robot);
        assertThat(result(robot)).startsWith("The port must be a number");

        type(robot, "#settings-port", "0");
        type(robot, "#settings-public-url", "ftp://example.org");
        apply(robot);
        assertThat(result(robot)).isEqualTo("The public address must start with https:// (or http://).");

        assertThat(shell.services.settings().get(StreamerSettings.PUBLIC_BASE_URL)).isEmpty();
        assertThat(streamer().status().running()).isFalse();
    }

    @Test
    void applyingSavesAndRestartsTheServerOnTheChosenPortAndAddress(FxRobot robot) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        type(robot, "#settings-port", String.valueOf(port));
        type(robot, "#settings-public-url", "https://stories.example.org/");

        apply(robot);

        assertThat(result(robot)).isEqualTo("Saved. Players stream from https://stories.example.org.");
        assertThat(streamer().status().running()).isTrue();
        assertThat(streamer().status().port()).isEqualTo(port);
        assertThat(shell.services.settings().get(StreamerSettings.PORT)).isEqualTo(port);
    }

    @Test
    void theCertificateFieldsFollowTheHttpsChoiceAndAMissingFileIsExplained(FxRobot robot) {
        Node key = robot.lookup("#settings-tls-key").query();
        assertThat(key.isVisible() && key.getParent().getParent().isVisible()).isFalse();

        robot.interact(() -> robot.lookup("#settings-tls").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select(com.yotosmartstream.streamer.StreamerSettings.TlsMode.PEM));
        assertThat(robot.lookup("#settings-tls-key").query().isVisible()).isTrue();
        assertThat(robot.lookup("#settings-tls-password").query().isVisible()).isFalse();
        apply(robot);
        assertThat(result(robot)).isEqualTo("Choose the certificate file for HTTPS, or turn HTTPS off.");

        type(robot, "#settings-tls-file", dataDir.resolve("no-such-cert.pem").toString());
        type(robot, "#settings-tls-key", dataDir.resolve("no-such-key.pem").toString());
        apply(robot);
        assertThat(result(robot)).startsWith("Saved. Players stream from http://127.0.0.1:")
                .contains("HTTPS is off: Cannot read the certificate file");
    }

    @Test
    void turningOnLoudnessConvertsTheLibraryToTheTarget(FxRobot robot) throws Exception {
        Path mp3 = TestAudio.mp3(dataDir.resolve("quiet.mp3"), 1.5, "Quiet", "Someone");
        streamer().library().importAll(List.of(mp3), TaskContext.QUIET);

        javafx.scene.Node normalise = robot.lookup("#settings-normalise").query();
        robot.interact(() -> { // the streaming section is below the fold of the Settings page
            for (javafx.scene.Node n = normalise; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#settings-normalise");
        type(robot, "#settings-lufs", "-18");
        apply(robot);
        WaitForAsyncUtils.waitForFxEvents();

        Track track = streamer().library().catalogue().all().get(0);
        assertThat(track.streamFile()).hasValue("converted/" + track.sha256() + "-b128-n180.mp3");
        assertThat(shell.services.settings().get(StreamerSettings.TARGET_LUFS)).isEqualTo(-18.0);
    }

}
