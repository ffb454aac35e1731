package com.yotosmartstream.streamer.convert;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.yotosmartstream.streamer.testing.FuzzBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz test of the built-in converter's input reading (ADR 0052): WAV through javax.sound and MP3
 * through JLayer, decoded to PCM as a conversion reads them. Damaged input must end in an
 * IOException or a ConversionException (both fail one track with a reason), never in another
 * exception. At most a few hundred buffers are read per input, so each run stays short.
 */
class ConverterInputFuzzTest {

    private static final int MAX_BUFFERS = 256;
    private static Path file;

    @BeforeAll
    static void file() throws IOException {
        file = Files.createTempFile("converter-fuzz", ".bin");
    }

    @AfterAll
    static void remove() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void wavAndMp3(byte[] data) throws IOException {
        Files.write(file, data);
        read(() -> PcmReader.wav(file));
        read(() -> PcmReader.mp3(file));
    }

    @FunctionalInterface
    private interface Opener {
        PcmReader open() throws IOException, ConversionException;
    }

    private static void read(Opener opener) {
        try (PcmReader reader = opener.open()) {
            if (reader.channels() < 1 || reader.channels() > 2) {
                return; // the converter refuses these before encoding
            }
            short[] buffer = new short[1152 * reader.channels()];
            for (int i = 0; i < MAX_BUFFERS && reader.read(buffer) > 0; i++) {
                // decoding is what is tested
            }
        } catch (IOException | ConversionException e) {
            // a damaged file: that track fails with a reason
        }
    }
}
