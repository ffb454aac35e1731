package com.yotosmartstream.story.voice;

import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generation time per minute of speech: {@link Narrator} speaking a story of 8 nodes (fresh cache
 * each round) against espeak-ng's own command line on the same words, alternated, in the same run
 * ({@code scripts/bench.sh narration}).
 */
public final class NarrationBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(NarrationBenchmark.class);
    private static final int ROUNDS = 5;

    private NarrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        VoiceEngine engine = VoiceEngines.detect().orElseThrow(() -> new IllegalStateException("install espeak-ng"));
        List<StoryNode> nodes = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            nodes.add(StoryNode.create("n" + i, "Part " + i, Position.ORIGIN).withNarration(("In part " + i + " of the"
                    + " story the fox walks along the river, past the mill and the old stone bridge, and listens to"
                    + " the water. ").repeat(3)));
        }
        Story story = Story.of(new StoryInfo("BENCH", "Bench", "", "", "", "n1"), nodes);
        Path work = Files.createTempDirectory("narration-bench");
        long narratorNanos = 0;
        long commandNanos = 0;
        double speechSeconds = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path cache = Files.createDirectories(work.resolve("cache" + round));
            long start = System.nanoTime();
            new Narrator(engine, cache).narrate(story, new Measuring(), TaskContext.QUIET);
            narratorNanos += System.nanoTime() - start;
            start = System.nanoTime();
            for (StoryNode node : nodes) {
                Path text = Files.writeString(work.resolve("t.txt"), Narrator.words(story, node));
                Commands.query(((EspeakNg) engine).command(story.info().voice(), text, work.resolve("plain.wav")));
                speechSeconds += Espeak.duration(work.resolve("plain.wav")).toMillis() / 1000.0;
            }
            commandNanos += System.nanoTime() - start;
        }
        double minutes = speechSeconds / 60;
        double narrator = narratorNanos / 1e9 / minutes;
        double command = commandNanos / 1e9 / minutes;
        LOG.warn("{}: {} min of speech in {} rounds", engine.name(), String.format(Locale.ROOT, "%.1f", minutes), ROUNDS);
        LOG.warn("Narrator: {} s per minute of speech; espeak-ng's command line: {} s; ratio {}",
                String.format(Locale.ROOT, "%.2f", narrator), String.format(Locale.ROOT, "%.2f", command),
                String.format(Locale.ROOT, "%.2f", narrator / command));
    }

    /** Takes each WAV as a track (reading its length, as a library measures an import). */
    private static final class Measuring implements AudioLibrary {
        @Override
        public List<AudioTrack> tracks() {
            return List.of();
        }

        @Override
        public Optional<AudioTrack> track(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<URI> streamUrl(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<AudioTrack> generated(Path wav, String title) {
            try {
                return Optional.of(new AudioTrack(wav.getFileName().toString(), title, Espeak.duration(wav), "mp3"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
