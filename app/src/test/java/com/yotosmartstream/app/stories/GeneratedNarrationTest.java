package com.yotosmartstream.app.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Startup;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.client.sim.Mp3Probe;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.play.PlaytestPlayer;
import com.yotosmartstream.story.voice.Narrator;
import com.yotosmartstream.story.voice.VoiceEngine;
import com.yotosmartstream.story.voice.VoiceEngines;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.library.TrackStatus;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated narration end to end with the real espeak-ng, the real Library and streaming server:
 * a story of five nodes with no audio becomes a card whose tracks are MP3 a player decodes, a
 * virtual player plays it, one changed node is one new track, and the choice prompts are in the
 * question's track only when the story asks for them.
 */
class GeneratedNarrationTest {

    @TempDir
    Path temp;
    private AppServices services;
    private LibraryAudio audio;
    private Narrator narrator;

    @BeforeEach
    void openTheLibraryWithAVoice() throws Exception {
        java.util.Optional<VoiceEngine> engine = VoiceEngines.detect();
        assumeTrue(engine.isPresent(), "espeak-ng is not installed on this machine (.ci/run installs it: apt-get"
                + " install espeak-ng), so generated narration cannot be tested here");
        services = Startup.prepare(LaunchOptions.parse("--data-dir=" + temp.resolve("data")),
                CurrentThreadTaskExecutor::new, () -> ThemePreference.LIGHT, false);
        services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        assertThat(services.streamer().start().running()).isTrue();
        audio = new LibraryAudio(services.streamer());
        narrator = new Narrator(engine.get(), temp.resolve("narration"));
    }

    @AfterEach
    void close() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    /** Five nodes, none recorded: a question, two branches, two endings. */
    private static Story fiveNodes() {
        StoryNode start = node("n1", "Start", "You wake in a boat on a misty lake.")
                .withExit(Exit.LEFT, Target.to("n2")).withLabel(Exit.LEFT, "Row to the island")
                .withExit(Exit.RIGHT, Target.to("n3"));
        return Story.of(new StoryInfo("FIVE", "The Lake", "", "", "", "n1"), List.of(start,
                node("n2", "Island", "The island has a lighthouse.").withExit(Exit.END, Target.to("n4")),
                node("n3", "Shore", "You reach the shore and walk home.").withEnding(true),
                node("n4", "Lighthouse", "The keeper gives you tea. The end.").withEnding(true),
                node("n5", "Epilogue", "Years later, you remember the lake.").withEnding(true)));
    }

    private static StoryNode node(String id, String title, String narration) {
        return StoryNode.create(id, title, Position.ORIGIN).withNarration(narration);
    }

    private Card publish(Story story) throws Exception {
        Story narrated = narrator.narrate(story, audio, TaskContext.QUIET).story();
        CompileResult result = new CardCompiler().compile(narrated, audio);
        assertThat(result).isInstanceOf(CompileResult.Compiled.class);
        return ((CompileResult.Compiled) result).card();
    }

    /** Each chapter's stream address by chapter key. */
    private static Map<String, String> urls(Card card) {
        Map<String, String> urls = new LinkedHashMap<>();
        card.chapters().forEach(c -> urls.put(c.key(), c.tracks().get(0).trackUrl()));
        return urls;
    }

    private static Duration decoded(String url) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("audio/mpeg"));
        try (InputStream body = response.body()) {
            return Mp3Probe.duration(body);
        }
    }

    @Test
    void aStoryWithoutAudioPublishesAsSpokenMp3TracksMarkedGeneratedThatAVirtualPlayerPlays() throws Exception {
        Card card = publish(fiveNodes());

        assertThat(card.chapters()).hasSize(5);
        for (String url : urls(card).values()) {
            assertThat(decoded(url)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
        }
        List<Track> tracks = services.streamer().library().catalogue().all();
        assertThat(tracks).hasSize(5).allSatisfy(t -> {
            assertThat(t.artist()).isEqualTo(GeneratedTracks.ARTIST);
            assertThat(t.title()).endsWith("(generated)");
            assertThat(t.status()).isEqualTo(TrackStatus.READY);
        });

        try (PlaytestPlayer player = PlaytestPlayer.startManual(temp.resolve("player"),
                new ManualClock(Instant.parse("2026-12-07T19:00:00Z")))) {
            String cardId = player.load(card);
            assertThat(player.play(cardId, "01").get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
            var playing = player.await(s -> s.playbackStatus() == PlaybackStatus.PLAYING
                    && s.trackLengthSeconds().isPresent(), "the start playing");
            assertThat(playing.trackLengthSeconds().orElseThrow()).as("the generated MP3 fetched and decoded")
                    .isGreaterThan(2.0);
            player.pressLeft();
            player.await(s -> s.chapterKey().orElse("").equals("02") && s.playbackStatus() == PlaybackStatus.PLAYING,
                    "the island, after the left button");
        }
    }

    @Test
    void changingOneNodesTextRegeneratesOneTrack() throws Exception {
        Map<String, String> before = urls(publish(fiveNodes()));
        Story edited = fiveNodes().withNode(fiveNodes().node("n3").orElseThrow()
                .withNarration("You reach the shore, where a dog is waiting for you."));
        Narrator.Result again = narrator.narrate(edited, audio, TaskContext.QUIET);
        assertThat(again.spoken()).isEqualTo(1);
        Map<String, String> after = urls(((CompileResult.Compiled) new CardCompiler().compile(again.story(), audio)).card());

        String shore = CardCompiler.chapterKeys(edited).get("n3");
        before.forEach((key, url) -> {
            if (key.equals(shore)) {
                assertThat(after.get(key)).isNotEqualTo(url);
            } else {
                assertThat(after.get(key)).isEqualTo(url);
            }
        });
        assertThat(services.streamer().library().catalogue().all()).hasSize(6);
    }

    @Test
    void choicePromptsAreInTheQuestionsTrackOnlyWhenTheStoryAsksForThem() throws Exception {
        Story story = fiveNodes();
        Story quiet = story.withInfo(story.info().withVoice(story.info().voice().withChoicePrompts(false)));
        Map<String, String> withPrompts = urls(publish(story));
        Map<String, String> without = urls(publish(quiet));

        Duration question = decoded(withPrompts.get("01"));
        Duration plain = decoded(without.get("01"));
        assertThat(question.minus(plain)).as("'Press the left button to row to the island. Press the right button"
                + " to shore.' said after the narration").isGreaterThan(Duration.ofSeconds(3));
        String ending = CardCompiler.chapterKeys(story).get("n3");
        assertThat(without.get(ending)).as("an ending has no buttons to prompt").isEqualTo(withPrompts.get(ending));
    }
}
