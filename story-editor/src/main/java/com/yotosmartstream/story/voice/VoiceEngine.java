package com.yotosmartstream.story.voice;

import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.story.model.Voice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A text-to-speech program of the computer's own: it speaks text into a WAV file with a story's
 * {@link Voice}. Each engine is a command line (ADR 0077): {@link EspeakNg} on Linux,
 * {@link MacSay} on macOS, {@link WindowsSpeech} (System.Speech through PowerShell) on Windows;
 * {@link VoiceEngines#detect()} finds the one this computer has. The text goes through a file, never
 * the command line, so nothing in a story can become an argument. Every method may run the program:
 * call them off the UI thread.
 */
public interface VoiceEngine {

    /** The engine and its version as the user reads it ("espeak-ng 1.51"); part of the cache key. */
    String name();

    /** The voices the engine offers, as {@link Voice#name()} takes them; empty when it cannot say. Blocks. */
    List<String> voices() throws IOException, InterruptedException;

    /** What is written to the text file for {@code text}: the text itself, or the engine's own markup around it. */
    default String script(String text, Voice voice) {
        return text;
    }

    /** The command that speaks the text file into {@code wav}. */
    List<String> command(Voice voice, Path textFile, Path wav);

    /**
     * Speaks {@code text} into {@code wav} (replacing it). Throws when the program fails or writes no
     * audio, and {@link TaskCancelledException} when the task is cancelled meanwhile.
     */
    default void speak(String text, Voice voice, Path wav, TaskContext context)
            throws IOException, InterruptedException, TaskCancelledException {
        Path textFile = Files.createTempFile(wav.toAbsolutePath().getParent(), "speech", ".txt");
        try {
            Files.writeString(textFile, script(text, voice), StandardCharsets.UTF_8);
            Files.deleteIfExists(wav);
            Commands.run(command(voice, textFile, wav), Duration.ofMinutes(10), context);
            if (!Files.isRegularFile(wav) || Files.size(wav) <= 44) {
                throw new IOException(name() + " wrote no audio");
            }
        } finally {
            Files.deleteIfExists(textFile);
        }
    }
}
