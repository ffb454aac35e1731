package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.editor.PlaytestViewModel;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.play.PlaytestPlayer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The playtest says why a node's track did not play: the player refused its stream (an M4A served
 * as {@code audio/mp4}), or the library cannot stream it yet and silence stands in.
 */
@ExtendWith(ApplicationExtension.class)
class PlaytestTrackProblemTest {

    @TempDir
    static Path temp;

    private EditorFixture editor;
    private PlaytestViewModel playtest;
    private HttpServer server;

    @Start
    void start(Stage stage) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/stream/", exchange -> {
            byte[] body = new byte[2048];
            exchange.getResponseHeaders().add("Content-Type", "audio/mp4");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI m4a = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/stream/TOKEN/book.m4a");
        AudioLibrary library = new AudioLibrary() {
            private final List<AudioTrack> tracks = List.of(new AudioTrack("m4a", "Dragon song", Duration.ofSeconds(5),
                    "AAC"), new AudioTrack("flac", "Cave echo", Duration.ofSeconds(5), "FLAC"));

            @Override
            public List<AudioTrack> tracks() {
                return tracks;
            }

            @Override
            public Optional<AudioTrack> track(String id) {
                return tracks.stream().filter(t -> t.id().equals(id)).findFirst();
            }

            @Override
            public Optional<URI> streamUrl(String id) {
                return id.equals("m4a") ? Optional.of(m4a) : Optional.empty();
            }

            @Override
            public Optional<String> notStreamingReason(String id) {
                return Optional.of("Needs ffmpeg: FLAC can only be converted with ffmpeg.");
            }
        };
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withNode(cave.node("n1").orElseThrow().withAudio(new AudioRef("m4a", "Dragon song", 5)))
                .withNode(cave.node("n2").orElseThrow().withAudio(new AudioRef("flac", "Cave echo", 5)));
        editor = new EditorFixture(stage, story, library);
        playtest = new PlaytestViewModel(editor.viewModel, new com.yotosmartstream.core.task.CurrentThreadTaskExecutor(),
                Platform::runLater, () -> PlaytestPlayer.startRunning(temp));
        editor.view.attachPlaytest(playtest, new AudioOut() {
            @Override
            public void play(String url) {
            }

            @Override
            public void stop() {
            }
        });
    }

    @AfterEach
    void stopPlayer() {
        playtest.close();
        server.stop(0);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#playtest-status").queryLabeled().getText();
    }

    @Test
    void aTrackThePlayerRefusesSaysWhyInThePlaytest(FxRobot robot) throws Exception {
        robot.clickOn("#tab-playtest");
        robot.interact(() -> playtest.playFrom("n1"));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> status(robot).startsWith("The player stopped"));
        assertThat(status(robot)).contains("could not play: the server sent 'audio/mp4' (an M4A file)")
                .doesNotContain("TOKEN");
    }

    @Test
    void aTrackTheLibraryCannotStreamYetSaysSilenceStandsInAndWhy(FxRobot robot) throws Exception {
        robot.clickOn("#tab-playtest");
        robot.interact(() -> playtest.playFrom("n2"));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> status(robot).startsWith("Playing"));
        assertThat(status(robot)).endsWith("'Cave echo' cannot stream yet, so it plays silence: Needs ffmpeg: FLAC"
                + " can only be converted with ffmpeg.");
    }
}
