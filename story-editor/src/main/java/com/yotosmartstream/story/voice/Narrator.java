package com.yotosmartstream.story.voice;

import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Voice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every node without recorded audio generated narration (ADR 0077): its narration as words
 * ({@link SpokenText}), then, when the story asks for them, its {@link ChoicePrompts}, spoken by the
 * {@link VoiceEngine} in the story's {@link Voice} into a WAV kept in a cache folder under a key of
 * the engine, the voice and the words; the WAV goes into the library ({@link
 * AudioLibrary#generated}), which keeps it as a track marked generated. A node whose words, voice or
 * prompts did not change is not spoken again, so changing one node speaks one node. With prompts on,
 * a node with a recording gets them too: the spoken prompts are appended to the recording by the
 * library ({@link AudioLibrary#withPrompt}, ADR 0088), so its buttons are explained as well. The
 * story given back plays those tracks; the document is never changed (the node keeps its own audio).
 * Blocking: run it as a background task.
 */
public final class Narrator {

    private static final Logger LOG = LoggerFactory.getLogger(Narrator.class);

    private final VoiceEngine engine;
    private final Path cache;

    public Narrator(VoiceEngine engine, Path cacheFolder) {
        this.engine = engine;
        this.cache = cacheFolder;
    }

    public VoiceEngine engine() {
        return engine;
    }

    /**
     * What narrating did.
     *
     * @param story the story with each narrated node playing its generated track
     * @param spoken how many nodes the engine had to speak (the rest came from the cache)
     * @param problems a sentence for each node that could not be narrated (it keeps no audio)
     */
    public record Result(Story story, int spoken, int narrated, List<String> problems) {
    }

    /** The words a node is spoken with: its narration (or else its title), then its prompts if the story has them. */
    public static String words(Story story, StoryNode node) {
        String text = SpokenText.of(node.narration());
        if (text.isBlank()) {
            text = SpokenText.of(node.title());
        }
        if (story.info().voice().choicePrompts()) {
            String prompts = ChoicePrompts.of(story, node);
            text = prompts.isEmpty() ? text : (text.isBlank() ? prompts : text + "\n\n" + prompts);
        }
        return text.strip();
    }

    /**
     * Whether narrating would change the story: a node has no audio, or the story asks for choice
     * prompts and a recorded node has buttons to prompt.
     */
    public static boolean needed(Story story) {
        return story.nodes().stream().anyMatch(n -> n.audio().isEmpty() || !prompts(story, n).isEmpty());
    }

    /** The prompts to append to a recorded node; empty when the story asks for none or it has no buttons. */
    static String prompts(Story story, StoryNode node) {
        return node.audio().isPresent() && story.info().voice().choicePrompts() ? ChoicePrompts.of(story, node) : "";
    }

    /**
     * Narrates every node of {@code story} without audio, and, when the story asks for choice prompts,
     * appends them to every recorded node with buttons (ADR 0088); reports progress and stops when cancelled.
     */
    public Result narrate(Story story, AudioLibrary library, TaskContext context)
            throws IOException, InterruptedException, TaskCancelledException {
        Files.createDirectories(cache);
        List<StoryNode> work = story.nodes().stream().filter(n -> n.audio().isEmpty() || !prompts(story, n).isEmpty())
                .toList();
        Story narrated = story;
        int spoken = 0;
        int done = 0;
        List<String> problems = new ArrayList<>();
        Voice voice = available(story.info().voice());
        for (StoryNode node : work) {
            context.throwIfCancelled();
            context.updateProgress(done, work.size());
            String title = node.title().isBlank() ? "Part " + node.id() : node.title();
            boolean recorded = node.audio().isPresent();
            String words = recorded ? prompts(story, node) : words(story, node);
            done++;
            if (words.isEmpty()) {
                problems.add("'" + title + "' has no words to speak.");
                continue;
            }
            Path wav = cache.resolve(key(voice, words) + ".wav");
            if (!Files.isRegularFile(wav)) {
                context.updateMessage("Speaking '" + title + "'" + (recorded ? "'s choices" : "") + " (" + done + " of "
                        + work.size() + ")");
                speak(words, voice, wav, context);
                spoken++;
            }
            context.updateMessage("Adding '" + title + "' to the library (" + done + " of " + work.size() + ")");
            Optional<AudioTrack> track = recorded ? library.withPrompt(node.audio().get().trackId(), wav, title)
                    : library.generated(wav, title);
            if (track.isEmpty()) {
                problems.add((recorded ? "The spoken choices could not be added to '" + title + "'"
                        : "The library could not take the narration of '" + title + "'")
                        + library.unavailableReason().map(r -> " (" + r + ")").orElse("") + ".");
            } else {
                narrated = narrated.withNode(node.withAudio(new AudioRef(track.get().id(), track.get().title(),
                        track.get().seconds())));
            }
        }
        context.updateProgress(done, work.size());
        LOG.info("Narrated {} nodes of '{}' ({} spoken now, the rest from the cache)", work.size() - problems.size(),
                story.title(), spoken);
        return new Result(narrated, spoken, work.size() - problems.size(), List.copyOf(problems));
    }

    private void speak(String words, Voice voice, Path wav, TaskContext context)
            throws IOException, InterruptedException, TaskCancelledException {
        Path part = Files.createTempFile(cache, "speaking", ".wav");
        try {
            engine.speak(words, voice, part, context);
            Files.move(part, wav, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * The story's voice where this computer's engine has it; else the engine's default voice (a story
     * written on another computer may name a voice this one lacks, which espeak-ng refuses).
     */
    private Voice available(Voice voice) throws InterruptedException {
        if (voice.name().isEmpty()) {
            return voice;
        }
        try {
            List<String> voices = engine.voices();
            if (voices.isEmpty() || voices.contains(voice.name())) {
                return voice;
            }
            LOG.info("{} has no voice '{}'; its default voice speaks instead", engine.name(), voice.name());
            return voice.withName("");
        } catch (IOException e) {
            LOG.debug("Could not list the voices of {}", engine.name(), e);
            return voice;
        }
    }

    /** The cache key: the engine, the voice's settings and the words, hashed. */
    String key(Voice voice, String words) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String all = engine.name() + "\n" + voice.name() + "\n" + voice.rate() + "\n" + voice.pitch() + "\n" + words;
            return HexFormat.of().formatHex(sha.digest(all.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
