package com.yotosmartstream.streamer.probe;

import static com.yotosmartstream.streamer.testing.Containers.concat;
import static com.yotosmartstream.streamer.testing.Containers.frames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.Containers;
import com.yotosmartstream.streamer.testing.Id3v2Builder;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MP3 durations from frame headers and Xing/Info/VBRI headers, never from decoding; ID3 tags. */
class Mp3ProbeTest {

    /** 1152 samples at 44.1 kHz. */
    private static final double FRAME_SECONDS = 1152.0 / 44_100;

    @TempDir
    Path dir;

    private AudioInfo probe(String name, byte[] bytes) throws Exception {
        return AudioProbe.probe(Files.write(dir.resolve(name), bytes));
    }

    /** The duration JLayer reaches by reading every frame, as a reference. */
    private static double jlayerSeconds(byte[] mp3) throws Exception {
        Bitstream bitstream = new Bitstream(new ByteArrayInputStream(mp3));
        double millis = 0;
        Header header;
        while ((header = bitstream.readFrame()) != null) {
            millis += header.ms_per_frame();
            bitstream.closeFrame();
        }
        return millis / 1000;
    }

    @Test
    void aJump3rEncodedFileHasTheDurationJLayerCountsAndItsFormat() throws Exception {
        byte[] mp3 = AudioFixtures.mp3(3.0, 44_100, 2, 128, false);

        AudioInfo info = probe("tone.mp3", mp3);

        assertThat(info.format()).isEqualTo(AudioFormat.MP3);
        assertThat(info.sampleRate()).isEqualTo(44_100);
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.bitrate()).isEqualTo(128_000);
        assertThat(info.vbr()).isFalse();
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(jlayerSeconds(mp3), within(0.03));
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(3.0, within(0.1));
        assertThat(info.notes()).isEmpty();
    }

    @Test
    void monoAndMpeg2FilesAreMeasuredWithTheirOwnFrameSizes() throws Exception {
        byte[] mono = AudioFixtures.mp3(2.0, 22_050, 1, 32, false);

        AudioInfo info = probe("mono.mp3", mono);

        assertThat(info.sampleRate()).isEqualTo(22_050);
        assertThat(info.channels()).isEqualTo(1);
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(jlayerSeconds(mono), within(0.05));
    }

    @Test
    void walkingTheFramesOfAVariableBitrateFileAveragesItsBitrate() throws Exception {
        byte[] mp3 = concat(frames(50, 128), frames(50, 192));

        AudioInfo info = probe("vbr.mp3", mp3);

        assertThat(info.vbr()).isTrue();
        assertThat(info.duration().toNanos() / 1e9).isCloseTo(100 * FRAME_SECONDS, within(1e-6));
        assertThat(info.bitrate()).isCloseTo(160_000, within(1_000));
    }

    @Test
    void aXingHeaderGivesTheFrameCountLessTheEncoderDelayAndPadding() throws Exception {
        byte[] audio = frames(1000, 128);
        byte[] mp3 = concat(Containers.xingFrame("Xing", 1000, audio.length + 417, 576, 1000), audio);

        AudioInfo info = probe("xing.mp3", mp3);

        long samples = 1000L * 1152 - 576 - 1000;
        assertThat(info.duration()).isEqualTo(Duration.ofNanos(Math.round(samples * 1e9 / 44_100)));
        assertThat(info.vbr()).isTrue();
    }

    @Test
    void theXingFrameCountIsTrustedOverTheBytesThatFollow() throws Exception {
        // a header announcing 5000 frames in front of 100 shows the header is what is read, not the frames
        byte[] audio = frames(100, 128);
        byte[] mp3 = concat(Containers.xingFrame("Xing", 5000, 0, 0, 0), audio);

        AudioInfo info = probe("trusted.mp3", mp3);

        assertThat(info.duration().toNanos() / 1e9).isCloseTo(5000 * FRAME_SECONDS, within(1e-6));
    }

    @Test
    void anInfoHeaderMarksAConstantBitrateFile() throws Exception {
        byte[] audio = frames(200, 128);
        byte[] mp3 = concat(Containers.xingFrame("Info", 200, audio.length + 417, 0, 0), audio);

        AudioInfo info = probe("info.mp3", mp3);

        assertThat(info.vbr()).isFalse();
        assertThat(info.bitrate()).isEqualTo(128_000);
        assertThat(info.duration().toNanos() / 1e9).isCloseTo(200 * FRAME_SECONDS, within(1e-6));
    }

    @Test
    void aVbriHeaderGivesTheFrameCount() throws Exception {
        byte[] audio = frames(300, 128);
        byte[] mp3 = concat(Containers.vbriFrame(300, audio.length + 417), audio);

        AudioInfo info = probe("vbri.mp3", mp3);

        assertThat(info.duration().toNanos() / 1e9).isCloseTo(300 * FRAME_SECONDS, within(1e-6));
        assertThat(info.vbr()).isTrue();
    }

    @Test
    void aFileMuchShorterThanItsXingHeaderAnnouncesIsCutShort() {
        byte[] audio = frames(1000, 128);
        byte[] whole = concat(Containers.xingFrame("Xing", 1000, audio.length + 417, 0, 0), audio);

        assertThatThrownBy(() -> probe("cut.mp3", Arrays.copyOf(whole, whole.length / 2)))
                .isInstanceOf(ProbeException.class).hasMessageContaining("cut short").hasMessageContaining("50%");
    }

    @Test
    void aLastFrameCutOffIsImportedWithANote() throws Exception {
        byte[] mp3 = Arrays.copyOf(frames(100, 128), 100 * 417 - 200);

        AudioInfo info = probe("cut-end.mp3", mp3);

        assertThat(info.duration().toNanos() / 1e9).isCloseTo(99 * FRAME_SECONDS, within(1e-6));
        assertThat(info.notes()).singleElement().asString().contains("last frame is cut off");
    }

    @Test
    void junkBeforeTheFirstFrameAndADamagedStretchAreSkipped() throws Exception {
        byte[] junk = new byte[3000];
        Arrays.fill(junk, (byte) 0x55);
        byte[] damaged = new byte[500];
        Arrays.fill(damaged, (byte) 0x12);
        byte[] mp3 = concat(junk, frames(100, 128), damaged, frames(100, 128));

        AudioInfo info = probe("junk.mp3", mp3);

        assertThat(info.duration().toNanos() / 1e9).isCloseTo(200 * FRAME_SECONDS, within(1e-6));
        assertThat(info.notes()).anySatisfy(note -> assertThat(note).contains("500 damaged bytes"));
    }

    @Test
    void aMostlyDamagedFileIsRefused() {
        byte[] noise = AudioFixtures.tone(1, 8000, 1, 0.9);
        byte[] mp3 = concat(frames(10, 128), noise, frames(10, 128));

        assertThatThrownBy(() -> probe("noise.mp3", mp3)).hasMessageContaining("badly damaged");
    }

    @Test
    void id3v23TagsWithAFrontCoverAreRead() throws Exception {
        byte[] png = AudioFixtures.png(8, Color.RED);
        byte[] tag = new Id3v2Builder(3).text("TIT2", 1, "Le Petit Prince").text("TPE1", 0, "Saint-Exupéry")
                .text("TALB", 3, "Histoires").text("TRCK", 0, "7/21").picture(0, "image/jpeg", AudioFixtures.jpeg(4, Color.BLUE))
                .picture(3, "image/png", png).padding(512).build();

        AudioInfo info = probe("tagged.mp3", concat(tag, AudioFixtures.mp3(1.0, 44_100, 2, 128, false)));

        assertThat(info.tags()).isEqualTo(new Tags("Le Petit Prince", "Saint-Exupéry", "Histoires", 7));
        assertThat(info.cover()).hasValueSatisfying(cover -> {
            assertThat(cover.mediaType()).isEqualTo("image/png");
            assertThat(cover.data()).isEqualTo(png);
        });
        assertThat(info.duration().toMillis()).isBetween(950L, 1100L);
    }

    @Test
    void id3v24UnsynchronisedFramesAndUtf8AreRead() throws Exception {
        byte[] jpeg = AudioFixtures.jpeg(6, Color.GREEN);
        byte[] tag = new Id3v2Builder(4).text("TIT2", 3, "Čarodějnice 🧙").text("TPE1", 3, "Ünïcode")
                .picture(3, "image/jpeg", jpeg).unsynchronised().build();

        AudioInfo info = probe("v24.mp3", concat(tag, frames(20, 128)));

        assertThat(info.tags().title()).isEqualTo("Čarodějnice 🧙");
        assertThat(info.tags().artist()).isEqualTo("Ünïcode");
        assertThat(info.cover()).hasValueSatisfying(cover -> assertThat(cover.data()).isEqualTo(jpeg));
    }

    @Test
    void id3v23WholeTagUnsynchronisationIsUndone() throws Exception {
        byte[] jpeg = AudioFixtures.jpeg(6, Color.ORANGE);
        byte[] tag = new Id3v2Builder(3).text("TIT2", 0, "Sync").picture(3, "image/jpeg", jpeg).unsynchronised().build();

        AudioInfo info = probe("v23-unsync.mp3", concat(tag, frames(20, 128)));

        assertThat(info.cover()).hasValueSatisfying(cover -> assertThat(cover.data()).isEqualTo(jpeg));
        assertThat(info.duration().toNanos() / 1e9).isCloseTo(20 * FRAME_SECONDS, within(1e-6));
    }

    @Test
    void id3v22TagsAreRead() throws Exception {
        byte[] png = AudioFixtures.png(4, Color.BLACK);
        byte[] tag = new Id3v2Builder(2).text("TT2", 0, "Old tag").text("TP1", 0, "Someone").text("TAL", 0, "Album")
                .text("TRK", 0, "3").picture(3, "image/png", png).build();

        AudioInfo info = probe("v22.mp3", concat(tag, frames(20, 128)));

        assertThat(info.tags()).isEqualTo(new Tags("Old tag", "Someone", "Album", 3));
        assertThat(info.cover()).isPresent();
    }

    @Test
    void id3v1FillsWhatId3v2DoesNotSay() throws Exception {
        byte[] tag = new Id3v2Builder(3).text("TIT2", 0, "From v2").build();
        byte[] mp3 = concat(tag, frames(40, 128), Id3v2Builder.v1("From v1", "V1 Artist", "V1 Album", 5));

        AudioInfo info = probe("both.mp3", mp3);

        assertThat(info.tags()).isEqualTo(new Tags("From v2", "V1 Artist", "V1 Album", 5));
        assertThat(info.duration().toNanos() / 1e9).isCloseTo(40 * FRAME_SECONDS, within(1e-6));
    }

    @Test
    void aTagWithNoAudioAfterItIsRefused() {
        byte[] tag = new Id3v2Builder(3).text("TIT2", 0, "Only a tag").build();

        assertThatThrownBy(() -> probe("tag-only.mp3", tag)).hasMessageContaining("only tags");
    }

    @Test
    void mpegLayerTwoIsRefusedWithWhatToDo() {
        byte[] frame = new byte[417];
        frame[0] = (byte) 0xFF;
        frame[1] = (byte) 0xFD; // MPEG-1 layer II
        frame[2] = (byte) 0x80; // 128 kbps, 44.1 kHz: 417 bytes a frame
        byte[] mp2 = concat(frame, frame, frame, frame);

        assertThatThrownBy(() -> probe("old.mp2", mp2)).hasMessageContaining("layer II").hasMessageContaining("Convert");
    }
}
