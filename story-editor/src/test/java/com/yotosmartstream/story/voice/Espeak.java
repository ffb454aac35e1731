package com.yotosmartstream.story.voice;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** The real espeak-ng for tests, which are skipped (never failed) where it is not installed. */
final class Espeak {

    private Espeak() {
    }

    /** This machine's espeak-ng; skips the test with the reason when there is none. */
    static VoiceEngine required() {
        Optional<VoiceEngine> found = VoiceEngines.detect(System.getenv(), "Linux");
        assumeTrue(found.isPresent(), "espeak-ng is not installed on this machine (.ci/run installs it:"
                + " apt-get install espeak-ng), so the tests that speak with it are skipped");
        return found.get();
    }

    /** How long a WAV plays, read by Java Sound: a file it cannot read fails the test. */
    static Duration duration(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return Duration.ofMillis(Math.round(in.getFrameLength() * 1000.0 / in.getFormat().getFrameRate()));
        }
    }
}
