package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import com.yotosmartstream.client.sim.Mp3Frames;
import com.yotosmartstream.story.editor.PlaytestViewModel;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.play.PlaytestPlayer;
import com.yotosmartstream.story.voice.Speech;
import com.yotosmartstream.story.voice.VoiceEngines;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A playtest of a story written as text only is spoken at once: each node's narration by the real
 * espeak-ng, through the library's generated tracks, played by the virtual player for as long as
 * the speech lasts (not the eight seconds of silence that stood in before). Without an engine the
 * playtest says what to install.
 */
@ExtendWith(ApplicationExtension.class)
class PlaytestNarrationTest {

    @TempDir
    static Path temp;

    private EditorFixture editor;
    private PlaytestViewModel playtest;
    private HttpServer server;
    /** The length of each generated track, as Java Sound read its WAV. */
    private final Map<String, Duration> generated = new ConcurrentHashMap<>();

    @Start
    void start(Stage stage) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/stream/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/stream/".length()).replace(".mp3", "");
            // the app's library converts the WAV to MP3; here MP3 frames of the same length stand in
            byte[] body = Mp3Frames.silence(generated.getOrDefault(id, Duration.ofSeconds(1)));
            exchange.getResponseHeaders().add("Content-Type", "audio/mpeg");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/stream/";
        AudioLibrary library = new AudioLibrary() {
            @Override
            public List<AudioTrack> tracks() {
                return generated.keySet().stream().map(id -> track(id).orElseThrow()).toList();
            }

            @Override
            public Optional<AudioTrack> track(String id) {
                return Optional.ofNullable(generated.get(id)).map(d -> new AudioTrack(id, id, d, "mp3"));
            }

            @Override
            public Optional<URI> streamUrl(String id) {
                return generated.containsKey(id) ? Optional.of(URI.create(base + id + ".mp3")) : Optional.empty();
            }

            @Override
            public Optional<AudioTrack> generated(Path wav, String title) {
                try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
                    Duration length = Duration.ofMillis(Math.round(in.getFrameLength() * 1000.0
                            / in.getFormat().getFrameRate()));
                    String id = "gen-" + wav.getFileName().toString().substring(0, 10);
                    generated.put(id, length);
                    return track(id);
                } catch (Exception e) {
                    throw new AssertionError("espeak-ng's WAV could not be read", e);
                }
            }

            /** The recording, then the prompt: as long as both (the app's library joins them with ffmpeg). */
            @Override
            public Optional<AudioTrack> withPrompt(String trackId, Path promptWav, String title) {
                try (AudioInputStream in = AudioSystem.getAudioInputStream(promptWav.toFile())) {
                    Duration prompt = Duration.ofMillis(Math.round(in.getFrameLength() * 1000.0
                            / in.getFormat().getFrameRate()));
                    generated.put("joined-" + trackId, generated.get(trackId).plus(prompt));
                    return track("joined-" + trackId);
                } catch (Exception e) {
                    throw new AssertionError("espeak-ng's WAV could not be read", e);
                }
            }
        };
        StoryNode start = StoryNode.create("n1", "Start", Position.ORIGIN)
                .withNarration("A fox sits at the edge of the wood, wondering where to go.")
                .withExit(Exit.LEFT, Target.to("n2")).withLabel(Exit.LEFT, "Follow the river")
                .withExit(Exit.RIGHT, Target.to("n3"));
        Story story = Story.of(new StoryInfo("TEXT", "Text only", "", "", "", "n1"), List.of(start,
                StoryNode.create("n2", "River", new Position(300, -100)).withNarration("The river sings.").withEnding(true),
                StoryNode.create("n3", "Hill", new Position(300, 100)).withNarration("The hill is windy.").withEnding(true)));
        editor = new EditorFixture(stage, story, library);
        playtest = new PlaytestViewModel(editor.viewModel, new com.yotosmartstream.core.task.CurrentThreadTaskExecutor(),
                Platform::runLater, () -> PlaytestPlayer.startRunning(temp.resolve("player")));
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
    void stop() {
        playtest.close();
        server.stop(0);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#playtest-status").queryLabeled().getText();
    }

    @Test
    void aStoryOfTextOnlyIsSpokenInThePlaytestWithItsChoices(FxRobot robot) throws Exception {
        Speech speech = new Speech(temp.resolve("narration"));
        speech.setEngine(VoiceEngines.detect());
        assumeTrue(speech.engine().isPresent(), "espeak-ng is not installed on this machine (.ci/run installs it),"
                + " so the spoken playtest cannot be tested here");
        playtest.setSpeech(speech);
        robot.clickOn("#tab-playtest");
        robot.interact(() -> playtest.playFrom("n1"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Playing"));
        assertThat(status(robot)).doesNotContain("silence");
        assertThat(generated).hasSize(3);
        Duration question = generated.values().stream().max(Duration::compareTo).orElseThrow();
        assertThat(question).as("the narration and 'Press the left button to follow the river. Press the right button"
                + " to hill.'").isGreaterThan(Duration.ofSeconds(6));
        String length = com.yotosmartstream.core.text.Durations.clock(
                Mp3Frames.durationOf(Mp3Frames.framesFor(question)).toMillis() / 1000.0);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> playtest.progressProperty().get().endsWith(" / " + length));
    }

    @Test
    void aRecordedQuestionPlaysItsRecordingThenItsSpokenChoices(FxRobot robot) throws Exception {
        Speech speech = new Speech(temp.resolve("narration"));
        speech.setEngine(VoiceEngines.detect());
        assumeTrue(speech.engine().isPresent(), "espeak-ng is not installed on this machine (.ci/run installs it),"
                + " so the spoken playtest cannot be tested here");
        generated.put("rec-n1", Duration.ofSeconds(3));
        robot.interact(() -> editor.viewModel.load(new com.yotosmartstream.story.edit.StoryDocument(editor.viewModel
                .story().withNode(editor.viewModel.story().node("n1").orElseThrow()
                        .withAudio(new com.yotosmartstream.story.model.AudioRef("rec-n1", "Start", 3))))));
        playtest.setSpeech(speech);
        robot.clickOn("#tab-playtest");
        robot.interact(() -> playtest.playFrom("n1"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Playing"));
        Duration joined = generated.get("joined-rec-n1");
        assertThat(joined).as("the 3 s recording and 'Press the left button to follow the river…'")
                .isGreaterThan(Duration.ofSeconds(5));
        String length = com.yotosmartstream.core.text.Durations.clock(
                Mp3Frames.durationOf(Mp3Frames.framesFor(joined)).toMillis() / 1000.0);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> playtest.progressProperty().get().endsWith(" / " + length));
    }

    @Test
    void withoutAVoiceEngineThePlaytestSaysWhatToInstall(FxRobot robot) throws Exception {
        Speech none = new Speech(temp.resolve("none"));
        none.setEngine(Optional.empty());
        playtest.setSpeech(none);
        robot.clickOn("#tab-playtest");
        robot.interact(() -> playtest.playFrom("n1"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Playing"));
        assertThat(status(robot)).contains("It has no recorded audio, so it plays silence:").contains("was not found");
        assertThat(generated).isEmpty();
    }
}
