package com.yotosmartstream.app.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Startup;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.audio.LoudnessMeter;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.record.PcmFormat;
import com.yotosmartstream.story.record.Take;
import com.yotosmartstream.story.record.TakeRecorder;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.library.TrackStatus;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kept take in the real Library (ADR 0085): imported, marked recorded, converted, and the MP3 a
 * player streams is at the library's loudness target within 1 LU (decoded and measured).
 */
class RecordedNarrationTest {

    @TempDir
    Path temp;
    private AppServices services;

    @BeforeEach
    void open() throws Exception {
        services = Startup.prepare(LaunchOptions.parse("--data-dir=" + temp.resolve("data")),
                CurrentThreadTaskExecutor::new, () -> ThemePreference.LIGHT, false);
        services.settings().put(StreamerSettings.TARGET_LUFS, -20.0);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aKeptTakeBecomesALibraryTrackAtTheLibrarysLoudness() throws Exception {
        LibraryAudio audio = new LibraryAudio(services.streamer(), () -> StreamerSettings.targetLufs(services.settings()));
        assertThat(audio.loudnessTarget()).isEqualTo(-20.0);
        TakeRecorder recorder = new TakeRecorder(null, temp.resolve("takes"));
        Take take = recorder.save("n2", 1, new com.yotosmartstream.story.record.Pcm.Sound(PcmFormat.SPEECH, take()));

        AudioTrack track = audio.recorded(TakeRecorder.keep(take, audio.loudnessTarget()), "Cave").orElseThrow();

        Track inLibrary = services.streamer().library().catalogue().find(track.id()).orElseThrow();
        assertThat(inLibrary.artist()).isEqualTo(RecordedTracks.ARTIST);
        assertThat(inLibrary.title()).isEqualTo("Cave (recorded)");
        assertThat(inLibrary.status()).isEqualTo(TrackStatus.READY);
        assertThat(track.seconds()).isCloseTo(2.5, within(0.15));
        Path mp3 = services.streamer().library().streamPath(inLibrary).orElseThrow();
        assertThat(mp3.getFileName().toString()).endsWith(".mp3");
        assertThat(loudnessOf(mp3)).isCloseTo(-20.0, within(1.0));
    }

    /** 1 s of room, 2.5 s of a 440 Hz tone at -32 dBFS, 1 s of room. */
    private static short[] take() {
        Random random = new Random(85);
        int rate = 44_100;
        short[] samples = new short[rate * 9 / 2];
        for (int i = 0; i < samples.length; i++) {
            double v = random.nextGaussian() * 30;
            if (i >= rate && i < rate * 7 / 2) {
                v += 825 * Math.sin(2 * Math.PI * 440 * i / rate);
            }
            samples[i] = (short) Math.round(v);
        }
        return samples;
    }

    /** Integrated loudness of an MP3, decoded with JLayer. */
    private static double loudnessOf(Path mp3) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(mp3))) {
            Bitstream bitstream = new Bitstream(in);
            Decoder decoder = new Decoder();
            LoudnessMeter meter = null;
            Header header;
            while ((header = bitstream.readFrame()) != null) {
                SampleBuffer output = (SampleBuffer) decoder.decodeFrame(header, bitstream);
                if (meter == null) {
                    meter = new LoudnessMeter(decoder.getOutputFrequency(), decoder.getOutputChannels());
                }
                meter.add(output.getBuffer(), output.getBufferLength() / decoder.getOutputChannels());
                bitstream.closeFrame();
            }
            return meter.integrated();
        }
    }
}
