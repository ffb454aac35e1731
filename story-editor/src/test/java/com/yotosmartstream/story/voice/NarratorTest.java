package com.yotosmartstream.story.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Narration with the real espeak-ng: every node without audio spoken once, again only when its words or voice change. */
class NarratorTest {

    @TempDir
    Path dir;

    /** Five nodes, none recorded: a question, two branches, two endings. */
    static Story fiveNodes() {
        StoryNode start = node("n1", "Start", "You wake in a boat on a misty lake.")
                .withExit(Exit.LEFT, Target.to("n2")).withLabel(Exit.LEFT, "Row to the island")
                .withExit(Exit.RIGHT, Target.to("n3"));
        return Story.of(new StoryInfo("FIVE", "The Lake", "", "", "", "n1"), List.of(start,
                node("n2", "Island", "The island has a lighthouse.").withExit(Exit.END, Target.to("n4")),
                node("n3", "Shore", "You reach the shore and walk home.").withEnding(true),
                node("n4", "Lighthouse", "The keeper gives you tea. The end.").withEnding(true),
                node("n5", "Epilogue", "<<set $done to true>>Years later, you remember the lake.").withEnding(true)));
    }

    private static StoryNode node(String id, String title, String narration) {
        return StoryNode.create(id, title, Position.ORIGIN).withNarration(narration);
    }

    /** A library that keeps each generated WAV as a track, its length read by Java Sound. */
    static final class Taking implements AudioLibrary {
        final Map<String, AudioTrack> tracks = new LinkedHashMap<>();
        final List<Path> taken = new ArrayList<>();
        final Map<String, Path> prompted = new LinkedHashMap<>();

        @Override
        public Optional<AudioTrack> withPrompt(String trackId, Path promptWav, String title) {
            prompted.put(trackId, promptWav);
            AudioTrack track = new AudioTrack("joined-" + trackId, title + " (with spoken choices)",
                    Duration.ofSeconds(9), "mp3");
            tracks.put(track.id(), track);
            return Optional.of(track);
        }

        @Override
        public List<AudioTrack> tracks() {
            return List.copyOf(tracks.values());
        }

        @Override
        public Optional<AudioTrack> track(String id) {
            return Optional.ofNullable(tracks.get(id));
        }

        @Override
        public Optional<URI> streamUrl(String id) {
            return Optional.of(URI.create("http://127.0.0.1:1/" + id + ".mp3"));
        }

        @Override
        public Optional<AudioTrack> generated(Path wav, String title) {
            try {
                taken.add(wav);
                Duration length = Espeak.duration(wav);
                String id = "gen-" + wav.getFileName().toString().substring(0, 12);
                AudioTrack track = new AudioTrack(id, title + " (generated)", length, "mp3");
                tracks.put(id, track);
                return Optional.of(track);
            } catch (Exception e) {
                throw new AssertionError("not audio Java Sound can read: " + wav, e);
            }
        }
    }

    @Test
    void aRecordedQuestionGetsItsSpokenPromptAppendedByTheLibraryOnlyWithPromptsOn() throws Exception {
        Story story = fiveNodes();
        for (String id : List.of("n1", "n3")) {
            story = story.withNode(story.node(id).orElseThrow().withAudio(new AudioRef("rec-" + id, id, 5)));
        }
        Narrator narrator = new Narrator(Espeak.required(), dir);
        Taking library = new Taking();

        Narrator.Result result = narrator.narrate(story, library, TaskContext.QUIET);

        assertEquals(List.of("rec-n1"), List.copyOf(library.prompted.keySet()), "the question, not the ending");
        Path prompt = library.prompted.get("rec-n1");
        assertTrue(Espeak.duration(prompt).compareTo(Duration.ofSeconds(2)) > 0, "'Press the left button to row to"
                + " the island. Press the right button to shore.' spoken");
        assertEquals("joined-rec-n1", result.story().node("n1").orElseThrow().audio().orElseThrow().trackId());
        assertEquals("rec-n3", result.story().node("n3").orElseThrow().audio().orElseThrow().trackId());
        assertFalse(library.taken.contains(prompt), "the prompt alone is no track");

        Taking quiet = new Taking();
        Story off = story.withInfo(story.info().withVoice(story.info().voice().withChoicePrompts(false)));
        Narrator.Result without = narrator.narrate(off, quiet, TaskContext.QUIET);
        assertTrue(quiet.prompted.isEmpty());
        assertEquals("rec-n1", without.story().node("n1").orElseThrow().audio().orElseThrow().trackId());
    }

    @Test
    void everyNodeWithoutAudioGetsSpokenAudioOfPlausibleLength() throws Exception {
        Narrator narrator = new Narrator(Espeak.required(), dir);
        Taking library = new Taking();
        Narrator.Result result = narrator.narrate(fiveNodes(), library, TaskContext.QUIET);
        assertEquals(5, result.narrated());
        assertEquals(5, result.spoken());
        assertEquals(List.of(), result.problems());
        for (StoryNode node : result.story().nodes()) {
            AudioRef audio = node.audio().orElseThrow();
            assertTrue(audio.seconds() > 1 && audio.seconds() < 30, node + " " + audio);
        }
        assertFalse(fiveNodes().nodes().stream().anyMatch(n -> n.audio().isPresent()), "the story given is unchanged");
    }

    @Test
    void changingOneNodesTextSpeaksOnlyThatNode() throws Exception {
        Narrator narrator = new Narrator(Espeak.required(), dir);
        Taking library = new Taking();
        narrator.narrate(fiveNodes(), library, TaskContext.QUIET);
        Narrator.Result again = narrator.narrate(fiveNodes(), library, TaskContext.QUIET);
        assertEquals(0, again.spoken());
        assertEquals(5, again.narrated());
        Story edited = fiveNodes().withNode(fiveNodes().node("n3").orElseThrow()
                .withNarration("You reach the shore, and a dog runs to meet you."));
        Narrator.Result changed = narrator.narrate(edited, library, TaskContext.QUIET);
        assertEquals(1, changed.spoken());
        assertTrue(!changed.story().node("n3").orElseThrow().audio().equals(again.story().node("n3").orElseThrow().audio()));
        assertEquals(again.story().node("n1").orElseThrow().audio(), changed.story().node("n1").orElseThrow().audio());
    }

    @Test
    void anotherVoiceOrRateSpeaksEveryNodeAgain() throws Exception {
        Narrator narrator = new Narrator(Espeak.required(), dir);
        narrator.narrate(fiveNodes(), new Taking(), TaskContext.QUIET);
        Story faster = fiveNodes().withInfo(fiveNodes().info().withVoice(fiveNodes().info().voice().withRate(220)));
        assertEquals(5, narrator.narrate(faster, new Taking(), TaskContext.QUIET).spoken());
    }

    /** A story written on Windows names a Windows voice: here espeak-ng speaks it in its default voice, from the same cache. */
    @Test
    void aVoiceThisComputerLacksIsSpokenInTheEnginesDefaultVoice() throws Exception {
        Narrator narrator = new Narrator(Espeak.required(), dir);
        narrator.narrate(fiveNodes(), new Taking(), TaskContext.QUIET);
        Story windows = fiveNodes().withInfo(fiveNodes().info().withVoice(fiveNodes().info().voice()
                .withName("Microsoft Zira Desktop")));
        Narrator.Result result = narrator.narrate(windows, new Taking(), TaskContext.QUIET);
        assertEquals(5, result.narrated());
        assertEquals(0, result.spoken());
    }

    @Test
    void recordedNodesAreLeftAsTheyAre() throws Exception {
        Narrator narrator = new Narrator(Espeak.required(), dir);
        AudioRef recorded = new AudioRef("rec-1", "My voice", 12);
        Story story = fiveNodes().withNode(fiveNodes().node("n2").orElseThrow().withAudio(recorded));
        Narrator.Result result = narrator.narrate(story, new Taking(), TaskContext.QUIET);
        assertEquals(4, result.spoken());
        assertEquals(recorded, result.story().node("n2").orElseThrow().audio().orElseThrow());
    }

    @Test
    void choicePromptsFollowTheNarrationWhenTheStoryHasThemAndLengthenIt() throws Exception {
        Story story = fiveNodes();
        StoryNode start = story.node("n1").orElseThrow();
        assertEquals("You wake in a boat on a misty lake.\n\nPress the left button to row to the island."
                + " Press the right button to shore.", Narrator.words(story, start));
        Story quiet = story.withInfo(story.info().withVoice(story.info().voice().withChoicePrompts(false)));
        assertEquals("You wake in a boat on a misty lake.", Narrator.words(quiet, start));
        assertEquals("Years later, you remember the lake.", Narrator.words(story, story.node("n5").orElseThrow()));

        Narrator narrator = new Narrator(Espeak.required(), dir);
        double withPrompts = narrator.narrate(story, new Taking(), TaskContext.QUIET).story().node("n1")
                .orElseThrow().audio().orElseThrow().seconds();
        double without = narrator.narrate(quiet, new Taking(), TaskContext.QUIET).story().node("n1")
                .orElseThrow().audio().orElseThrow().seconds();
        assertTrue(withPrompts > without + 2, withPrompts + " s with prompts, " + without + " s without");
    }

    @Test
    void aLibraryThatCannotTakeTheAudioLeavesTheNodeSilentAndSaysSo() throws Exception {
        Narrator narrator = new Narrator(Espeak.required(), dir);
        Story one = Story.of(new StoryInfo("ONE", "One", "", "", "", "n1"), List.of(node("n1", "Only", "Hello.")));
        Narrator.Result result = narrator.narrate(one, AudioLibrary.none("No library here."), TaskContext.QUIET);
        assertEquals(0, result.narrated());
        assertEquals(List.of("The library could not take the narration of 'Only' (No library here.)."), result.problems());
        assertTrue(Files.list(dir).anyMatch(p -> p.toString().endsWith(".wav")), "the spoken audio is kept for next time");
    }
}
