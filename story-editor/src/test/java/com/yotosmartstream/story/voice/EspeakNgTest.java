package com.yotosmartstream.story.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.story.model.Voice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real espeak-ng: found on the PATH, its voices listed, text spoken into WAV that Java Sound reads. */
class EspeakNgTest {

    @TempDir
    Path dir;

    @Test
    void isFoundOnThePathAndSaysItsVersion() {
        VoiceEngine engine = Espeak.required();
        assertTrue(engine.name().matches("espeak-ng \\d+\\.\\d+.*"), engine.name());
        assertTrue(VoiceEngines.describe(java.util.Optional.of(engine), "Linux").startsWith(engine.name()));
    }

    @Test
    void aPathWithoutItFindsNothingAndSaysWhatToInstall() throws Exception {
        Path fake = Files.createDirectories(dir.resolve("bin"));
        assertTrue(VoiceEngines.detect(Map.of("PATH", fake.toString()), "Linux").isEmpty());
        String said = VoiceEngines.describe(java.util.Optional.empty(), "Linux");
        assertTrue(said.contains("apt install espeak-ng"), said);
        assertTrue(VoiceEngines.describe(java.util.Optional.empty(), "Mac OS X").contains("say"));
        assertTrue(VoiceEngines.describe(java.util.Optional.empty(), "Windows 11").contains("powershell.exe"));
    }

    @Test
    void aProgramThatIsNotEspeakIsNotTakenForIt() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path impostor = bin.resolve("espeak-ng");
        Files.writeString(impostor, "#!/bin/sh\necho 'something else 2.0'\n");
        impostor.toFile().setExecutable(true);
        assertTrue(VoiceEngines.detect(Map.of("PATH", bin.toString()), "Linux").isEmpty());
    }

    @Test
    void speaksTextIntoWavThatPlaysForSeconds() throws Exception {
        VoiceEngine engine = Espeak.required();
        Path wav = dir.resolve("out.wav");
        engine.speak("Once upon a time, a small dragon lived in a cave by the sea.", Voice.DEFAULT, wav,
                TaskContext.QUIET);
        Duration length = Espeak.duration(wav);
        assertTrue(length.toMillis() > 1500 && length.toMillis() < 15_000, "plausible length: " + length);
    }

    @Test
    void aFasterRateSpeaksTheSameWordsInLessTime() throws Exception {
        VoiceEngine engine = Espeak.required();
        String text = "The fox ran over the hill and into the wood, where the owls were waiting.";
        engine.speak(text, Voice.DEFAULT.withRate(120), dir.resolve("slow.wav"), TaskContext.QUIET);
        engine.speak(text, Voice.DEFAULT.withRate(300), dir.resolve("fast.wav"), TaskContext.QUIET);
        assertTrue(Espeak.duration(dir.resolve("fast.wav")).multipliedBy(3).toMillis()
                < Espeak.duration(dir.resolve("slow.wav")).multipliedBy(2).toMillis());
    }

    @Test
    void listsItsVoicesAndSpeaksInOne() throws Exception {
        VoiceEngine engine = Espeak.required();
        List<String> voices = engine.voices();
        assertTrue(voices.contains("en-gb") || voices.contains("en"), voices.toString());
        String english = voices.contains("en-gb") ? "en-gb" : "en";
        Path wav = dir.resolve("voice.wav");
        engine.speak("Hello.", Voice.DEFAULT.withName(english), wav, TaskContext.QUIET);
        assertTrue(Espeak.duration(wav).toMillis() > 0);
    }

    @Test
    void aVoiceThisComputerLacksFailsWithTheEnginesWords() {
        VoiceEngine engine = Espeak.required();
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> engine.speak(
                "Hello.", Voice.DEFAULT.withName("Microsoft Zira Desktop"), dir.resolve("x.wav"), TaskContext.QUIET));
        assertTrue(e.getMessage().startsWith("espeak-ng failed"), e.getMessage());
    }

    @Test
    void aCancelledTaskStopsTheEngineAndLeavesNoAudio() {
        VoiceEngine engine = Espeak.required();
        TaskContext cancelled = new TaskContext() {
            @Override
            public void updateProgress(long done, long total) {
            }

            @Override
            public void updateMessage(String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Path wav = dir.resolve("cancelled.wav");
        assertThrows(TaskCancelledException.class, () -> engine.speak("A long story. ".repeat(200), Voice.DEFAULT, wav,
                cancelled));
        assertFalse(Files.exists(wav));
    }
}
