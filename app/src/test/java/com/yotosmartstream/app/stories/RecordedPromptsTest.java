package com.yotosmartstream.app.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Startup;
import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.sim.Mp3Probe;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.voice.Narrator;
import com.yotosmartstream.story.voice.VoiceEngine;
import com.yotosmartstream.story.voice.VoiceEngines;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spoken choice prompts on recorded nodes (issue 18 item 3, ADR 0088) with the real espeak-ng, the
 * ffmpeg the app uses, the Library and the streaming server: with prompts on, a recorded question's
 * track becomes the recording followed by the prompt (decoded, it is longer by the prompt's length);
 * with prompts off the recording plays as it is; a changed label joins only that node again.
 */
class RecordedPromptsTest {

    @TempDir
    Path temp;
    private AppServices services;
    private LibraryAudio audio;
    private Narrator narrator;
    private final List<String> recordings = new ArrayList<>();

    @BeforeEach
    void openTheLibraryWithAVoiceAndRecordings() throws Exception {
        java.util.Optional<VoiceEngine> engine = VoiceEngines.detect();
        assumeTrue(engine.isPresent(), "espeak-ng is not installed on this machine (.ci/run installs it: apt-get"
                + " install espeak-ng), so spoken prompts cannot be tested here");
        services = Startup.prepare(LaunchOptions.parse("--data-dir=" + temp.resolve("data")),
                CurrentThreadTaskExecutor::new, () -> ThemePreference.LIGHT, false);
        services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        services.streamer().library().setFfmpeg(Ffmpeg.locate(FfmpegChoice.AUTOMATIC)); // as the app's start-up does
        assumeTrue(services.streamer().library().ffmpeg().isPresent(), "no ffmpeg can run here");
        assertThat(services.streamer().start().running()).isTrue();
        audio = new LibraryAudio(services.streamer());
        narrator = new Narrator(engine.get(), temp.resolve("narration"));
        for (String title : List.of("At the stairs", "Upstairs", "Asleep", "Reading")) {
            Path file = TestAudio.mp3(temp.resolve(title + ".mp3"), 4.0, title, "Gran");
            recordings.add(services.streamer().library().importAll(List.of(file), TaskContext.QUIET).lines().get(0)
                    .trackId().orElseThrow());
        }
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    /** Four recorded nodes: two questions (one labelled exit each) and two endings. */
    private Story recorded() {
        StoryNode stairs = node(0, "n1", "At the stairs").withExit(Exit.LEFT, Target.to("n2"))
                .withLabel(Exit.LEFT, "Go upstairs").withExit(Exit.RIGHT, Target.to("n3"));
        StoryNode upstairs = node(1, "n2", "Upstairs").withExit(Exit.LEFT, Target.to("n3"))
                .withLabel(Exit.LEFT, "Go to sleep").withExit(Exit.RIGHT, Target.to("n4"))
                .withLabel(Exit.RIGHT, "Read a book");
        return Story.of(new StoryInfo("REC", "The Stairs", "", "", "", "n1"), List.of(stairs, upstairs,
                node(2, "n3", "Asleep").withEnding(true), node(3, "n4", "Reading").withEnding(true)));
    }

    private StoryNode node(int recording, String id, String title) {
        return StoryNode.create(id, title, Position.ORIGIN).withAudio(new AudioRef(recordings.get(recording), title, 4));
    }

    private static Story promptsOff(Story story) {
        return story.withInfo(story.info().withVoice(story.info().voice().withChoicePrompts(false)));
    }

    private Card compiled(Story story) {
        CompileResult result = new CardCompiler().compile(story, audio);
        assertThat(result).isInstanceOf(CompileResult.Compiled.class);
        return ((CompileResult.Compiled) result).card();
    }

    private String url(Story story, Card card, String nodeId) {
        String key = CardCompiler.chapterKeys(story).get(nodeId);
        return card.chapters().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().tracks().get(0)
                .trackUrl();
    }

    private static Duration decoded(String url) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream body = response.body()) {
            return Mp3Probe.duration(body);
        }
    }

    /** The lengths of the prompts the voice spoke into the narrator's cache. */
    private List<Duration> spokenPrompts() throws Exception {
        List<Duration> lengths = new ArrayList<>();
        try (var files = Files.list(temp.resolve("narration"))) {
            for (Path wav : files.filter(f -> f.getFileName().toString().endsWith(".wav")
                    && !f.getFileName().toString().startsWith("joined-")).toList()) {
                AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
                lengths.add(Duration.ofMillis(Math.round(format.getFrameLength() * 1000.0
                        / format.getFormat().getFrameRate())));
            }
        }
        return lengths;
    }

    @Test
    void withPromptsOnARecordedQuestionPlaysItsRecordingThenThePrompt() throws Exception {
        Story story = recorded();
        assertThat(Narrator.needed(story)).isTrue();
        Narrator.Result result = narrator.narrate(story, audio, TaskContext.QUIET);
        assertThat(result.problems()).isEmpty();
        assertThat(result.spoken()).isEqualTo(2);
        Card card = compiled(result.story());

        Duration plain = decoded(url(story, compiled(story), "n1"));
        Duration joined = decoded(url(story, card, "n1"));
        assertThat(plain).isBetween(Duration.ofMillis(3900), Duration.ofMillis(4200));
        List<Duration> prompts = spokenPrompts();
        assertThat(prompts).as("one prompt per question, each 'Press the left button to …'").hasSize(2)
                .allSatisfy(d -> assertThat(d).isGreaterThan(Duration.ofSeconds(2)));
        assertThat(prompts).as("the track is the recording (%s) and then its prompt: %s", plain, joined)
                .anySatisfy(d -> assertThat(joined.minus(plain).minus(d).abs()).isLessThan(Duration.ofMillis(250)));
        assertThat(audio.track(result.story().node("n1").orElseThrow().audio().orElseThrow().trackId()).orElseThrow()
                .title()).isEqualTo("At the stairs (with spoken choices)");

        assertThat(url(story, card, "n3")).as("an ending has no buttons, so its recording plays as it is")
                .isEqualTo(url(story, compiled(story), "n3"));
        assertThat(result.story().node("n3").orElseThrow().audio().orElseThrow().trackId()).isEqualTo(recordings.get(2));
    }

    @Test
    void withPromptsOffTheRecordingsPlayAsTheyAre() throws Exception {
        Story story = promptsOff(recorded());
        assertThat(Narrator.needed(story)).isFalse();
        Narrator.Result result = narrator.narrate(story, audio, TaskContext.QUIET);
        assertThat(result.spoken()).isZero();
        assertThat(result.story().nodes()).isEqualTo(story.nodes());
        assertThat(url(story, compiled(result.story()), "n1")).isEqualTo(url(story, compiled(story), "n1"));
        assertThat(services.streamer().library().catalogue().all()).hasSize(4);
    }

    @Test
    void changingALabelJoinsOnlyThatNodeAgain() throws Exception {
        Story story = recorded();
        Story first = narrator.narrate(story, audio, TaskContext.QUIET).story();
        int tracks = services.streamer().library().catalogue().all().size();

        Story edited = story.withNode(story.node("n2").orElseThrow().withLabel(Exit.LEFT, "Climb into bed"));
        Narrator.Result again = narrator.narrate(edited, audio, TaskContext.QUIET);

        assertThat(again.spoken()).as("only the changed prompt is spoken").isEqualTo(1);
        assertThat(again.story().node("n1").orElseThrow().audio()).isEqualTo(first.node("n1").orElseThrow().audio());
        assertThat(again.story().node("n2").orElseThrow().audio()).isNotEqualTo(first.node("n2").orElseThrow().audio());
        assertThat(services.streamer().library().catalogue().all()).hasSize(tracks + 1);
    }
}
