package com.yotosmartstream.streamer.probe;

import static com.yotosmartstream.streamer.testing.Containers.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.Containers;
import com.yotosmartstream.streamer.testing.Id3v2Builder;
import java.awt.Color;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAV, FLAC, Ogg Vorbis, Opus, M4A and ADTS: durations, formats, tags and covers from their headers. */
class ContainerProbeTest {

    @TempDir
    Path dir;

    private AudioInfo probe(String name, byte[] bytes) throws Exception {
        return AudioProbe.probe(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void aWavFileWrittenByJavaSoundHasItsExactDuration() throws Exception {
        Path wav = AudioFixtures.wav(dir.resolve("tone.wav"), 2.5, 22_050, 2);

        AudioInfo info = AudioProbe.probe(wav);

        assertThat(info.format()).isEqualTo(AudioFormat.WAV);
        assertThat(info.duration()).isEqualTo(Duration.ofMillis(2500));
        assertThat(info.sampleRate()).isEqualTo(22_050);
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.bitrate()).isEqualTo(22_050 * 2 * 16);
        assertThat(info.format().streamable()).isFalse();
    }

    @Test
    void anAiffFileHasItsDurationFromTheSampleFramesAndItsExtendedRate() throws Exception {
        AudioInfo info = probe("apple.aiff", Containers.aiff(48_000, 2, 48_000L * 3 / 2, "Apple Song", 64));

        assertThat(info.format()).isEqualTo(AudioFormat.AIFF);
        assertThat(info.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(info.sampleRate()).isEqualTo(48_000);
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.tags().title()).isEqualTo("Apple Song");
        assertThat(info.format().streamable()).isFalse();
        assertThatThrownBy(() -> probe("cut.aiff", Arrays.copyOf(Containers.aiff(44_100, 1, 10, "", 4), 30)))
                .isInstanceOf(ProbeException.class).hasMessageContaining("AIFF");
    }

    @Test
    void audioProtectedByDrmIsRefusedWithALineSayingSo() {
        for (String[] protectedBy : new String[][] {{"drms", "iTunes FairPlay"}, {"aavd", "Audible AAX"},
            {"enca", "encrypted"}}) {
            byte[] file = Containers.m4a(protectedBy[0], 44_100, 2, 44_100, 44_100L * 3, 96_000, "Book", "", "", 0,
                    null, 16, false);
            assertThatThrownBy(() -> probe("book.m4b", file)).isInstanceOf(ProbeException.class)
                    .hasMessageStartingWith("It is protected by DRM: it cannot be imported.")
                    .hasMessageContaining(protectedBy[1]);
        }
        byte[] aa = new byte[64];
        aa[3] = 64;
        aa[4] = 0x57;
        aa[5] = (byte) 0x90;
        aa[6] = 0x75;
        aa[7] = 0x36;
        assertThatThrownBy(() -> probe("book.aa", aa)).isInstanceOf(ProbeException.class)
                .hasMessage("It is protected by DRM: it cannot be imported. Only audio without copy protection can go"
                        + " on a card (an Audible .aa audiobook).");
    }

    @Test
    void aWavFileCutShortIsRefused() throws Exception {
        byte[] wav = Files.readAllBytes(AudioFixtures.wav(dir.resolve("whole.wav"), 2, 8000, 1));

        assertThatThrownBy(() -> probe("cut.wav", Arrays.copyOf(wav, wav.length / 4)))
                .isInstanceOf(ProbeException.class).hasMessageContaining("cut short");
    }

    @Test
    void aWavFileWhoseLengthWasNeverWrittenIsMeasuredFromItsSize() throws Exception {
        Path file = AudioFixtures.wav(dir.resolve("recording.wav"), 1, 8000, 1);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(40);
            raf.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        }

        AudioInfo info = AudioProbe.probe(file);

        assertThat(info.duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(info.notes()).singleElement().asString().contains("file size");
    }

    @Test
    void wavInfoTagsAreRead() throws Exception {
        byte[] wav = Files.readAllBytes(AudioFixtures.wav(dir.resolve("plain.wav"), 1, 8000, 1));
        byte[] list = concat("LIST".getBytes(StandardCharsets.US_ASCII), le32(4 + 8 + 6 + 8 + 4),
                "INFO".getBytes(StandardCharsets.US_ASCII), "INAM".getBytes(StandardCharsets.US_ASCII), le32(6),
                "Title\0".getBytes(StandardCharsets.US_ASCII), "IART".getBytes(StandardCharsets.US_ASCII), le32(4),
                "Ann\0".getBytes(StandardCharsets.US_ASCII));
        byte[] tagged = concat(Arrays.copyOf(wav, 12), list, Arrays.copyOfRange(wav, 12, wav.length));

        AudioInfo info = probe("tagged.wav", tagged);

        assertThat(info.tags().title()).isEqualTo("Title");
        assertThat(info.tags().artist()).isEqualTo("Ann");
        assertThat(info.duration()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void flacStreamInfoCommentsAndPictureAreRead() throws Exception {
        byte[] png = AudioFixtures.png(5, Color.MAGENTA);
        byte[] flac = Containers.flac(48_000, 2, 48_000L * 95, List.of("TITLE=Chapter One", "ARTIST=Reader",
                "album=Book", "TRACKNUMBER=01/30"), png, 10_000);

        AudioInfo info = probe("chapter.flac", flac);

        assertThat(info.format()).isEqualTo(AudioFormat.FLAC);
        assertThat(info.duration()).isEqualTo(Duration.ofSeconds(95));
        assertThat(info.sampleRate()).isEqualTo(48_000);
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.tags()).isEqualTo(new Tags("Chapter One", "Reader", "Book", 1));
        assertThat(info.cover()).hasValueSatisfying(c -> assertThat(c.data()).isEqualTo(png));
    }

    @Test
    void aFlacFileCutInsideItsHeaderIsRefused() {
        byte[] flac = Containers.flac(44_100, 2, 44_100, List.of("TITLE=x"), AudioFixtures.tone(0.01, 8000, 1, 0), 10);

        assertThatThrownBy(() -> probe("cut.flac", Arrays.copyOf(flac, 60))).hasMessageContaining("cut short");
    }

    @Test
    void oggVorbisDurationComesFromTheLastGranule() throws Exception {
        byte[] jpeg = AudioFixtures.jpeg(4, Color.CYAN);
        String picture = "METADATA_BLOCK_PICTURE=" + Base64.getEncoder().encodeToString(
                Containers.pictureBlock(3, "image/jpeg", jpeg));
        byte[] ogg = Containers.ogg(false, 44_100, 2, List.of("TITLE=Ogg story", "ARTIST=Teller", picture),
                44_100L * 61 + 22_050, 5, true);

        AudioInfo info = probe("story.ogg", ogg);

        assertThat(info.format()).isEqualTo(AudioFormat.VORBIS);
        assertThat(info.duration()).isEqualTo(Duration.ofMillis(61_500));
        assertThat(info.sampleRate()).isEqualTo(44_100);
        assertThat(info.tags().title()).isEqualTo("Ogg story");
        assertThat(info.cover()).hasValueSatisfying(c -> assertThat(c.data()).isEqualTo(jpeg));
    }

    @Test
    void opusDurationIsCountedAt48kHzLessThePreSkip() throws Exception {
        byte[] opus = Containers.ogg(true, 44_100, 1, List.of("TITLE=Opus"), 48_000L * 10 + 312, 3, true);

        AudioInfo info = probe("voice.opus", opus);

        assertThat(info.format()).isEqualTo(AudioFormat.OPUS);
        assertThat(info.duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(info.channels()).isEqualTo(1);
        assertThat(info.sampleRate()).isEqualTo(44_100);
    }

    @Test
    void anOggFileWhoseLastPageIsCutIsRefused() {
        byte[] ogg = Containers.ogg(false, 44_100, 2, List.of(), 44_100L * 10, 3, true);

        assertThatThrownBy(() -> probe("cut.ogg", Arrays.copyOf(ogg, ogg.length - 1000)))
                .hasMessageContaining("cut short");
    }

    @Test
    void anM4aGivesItsCodecDurationBitrateAndItunesTags() throws Exception {
        byte[] jpeg = AudioFixtures.jpeg(7, Color.YELLOW);
        byte[] m4a = Containers.m4a("mp4a", 44_100, 2, 44_100, 44_100L * 125, 96_000, "Audiobook", "Narrator",
                "Series", 4, jpeg, 20_000, false);

        AudioInfo info = probe("book.m4a", m4a);

        assertThat(info.format()).isEqualTo(AudioFormat.AAC_MP4);
        assertThat(info.format().streamable()).isFalse(); // an MP4 file, not a stream: converted to MP3
        assertThat(info.duration()).isEqualTo(Duration.ofSeconds(125));
        assertThat(info.bitrate()).isEqualTo(96_000);
        assertThat(info.sampleRate()).isEqualTo(44_100);
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.tags()).isEqualTo(new Tags("Audiobook", "Narrator", "Series", 4));
        assertThat(info.cover()).hasValueSatisfying(c -> assertThat(c.data()).isEqualTo(jpeg));
    }

    @Test
    void appleLosslessInMp4IsRecognisedAsNeedingConversion() throws Exception {
        byte[] m4a = Containers.m4a("alac", 44_100, 2, 44_100, 44_100L * 3, 0, "", "", "", 0, null, 100, false);

        AudioInfo info = probe("lossless.m4a", m4a);

        assertThat(info.format()).isEqualTo(AudioFormat.ALAC);
        assertThat(info.format().streamable()).isFalse();
    }

    @Test
    void anMp4CutShortOrAVideoIsRefused() {
        byte[] m4a = Containers.m4a("mp4a", 44_100, 2, 1000, 5000, 128_000, "t", "a", "b", 1, null, 50_000, false);
        byte[] video = Containers.m4a("mp4a", 44_100, 2, 1000, 5000, 128_000, "t", "a", "b", 1, null, 100, true);

        assertThatThrownBy(() -> probe("cut.m4a", Arrays.copyOf(m4a, m4a.length - 10_000)))
                .hasMessageContaining("cut short");
        assertThatThrownBy(() -> probe("film.mp4", video)).hasMessageContaining("video");
    }

    @Test
    void adtsAacIsMeasuredFrameByFrame() throws Exception {
        byte[] frame = new byte[300];
        frame[0] = (byte) 0xFF;
        frame[1] = (byte) 0xF1;
        frame[2] = (byte) (0x40 | (4 << 2)); // AAC LC, 44.1 kHz
        frame[3] = (byte) (0x80 | (300 >> 11)); // 2 channels
        frame[4] = (byte) ((300 >> 3) & 0xFF);
        frame[5] = (byte) (((300 & 7) << 5) | 0x1F);
        frame[6] = (byte) 0xFC;
        byte[] aac = new byte[300 * 431];
        for (int i = 0; i < 431; i++) {
            System.arraycopy(frame, 0, aac, i * 300, 300);
        }

        AudioInfo info = probe("raw.aac", aac);

        assertThat(info.format()).isEqualTo(AudioFormat.AAC_ADTS);
        assertThat(info.duration().toNanos()).isEqualTo(Math.round(431 * 1024 * 1e9 / 44_100));
        assertThat(info.channels()).isEqualTo(2);
    }

    @Test
    void anEmptyFileSaysItIsEmpty() {
        assertThatThrownBy(() -> probe("empty.mp3", new byte[0])).hasMessage("It is empty (0 bytes).");
    }

    @Test
    void filesThatAreNotAudioSayWhatTheyLookLike() throws Exception {
        assertThatThrownBy(() -> probe("song.mp3", AudioFixtures.png(3, Color.RED))).hasMessageContaining("PNG picture");
        assertThatThrownBy(() -> probe("song.mp3", "<!DOCTYPE html><html>404</html>".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("web page");
        assertThatThrownBy(() -> probe("notes.wav", "just some words\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("text file");
        assertThatThrownBy(() -> probe("x.mp3", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0})).hasMessageContaining("ZIP");
        byte[] random = new byte[5000];
        new java.util.Random(1).nextBytes(random);
        assertThatThrownBy(() -> probe("random.mp3", random)).hasMessageContaining("not audio in a format");
    }

    @Test
    void aFileNamedLikeAnotherFormatIsImportedAsWhatItIsWithANote() throws Exception {
        byte[] wav = Files.readAllBytes(AudioFixtures.wav(dir.resolve("real.wav"), 1, 8000, 1));

        AudioInfo info = probe("actually-wav.mp3", wav);

        assertThat(info.format()).isEqualTo(AudioFormat.WAV);
        assertThat(info.notes()).singleElement().asString()
                .isEqualTo("Its name says .mp3 but it is WAV; it was imported as WAV.");
    }

    @Test
    void anId3TagInFrontOfFlacIsReadToo() throws Exception {
        byte[] tag = new Id3v2Builder(3).text("TIT2", 0, "From ID3").build();
        byte[] flac = Containers.flac(44_100, 1, 44_100L * 2, List.of("ARTIST=From Vorbis"), null, 100);

        AudioInfo info = probe("odd.flac", concat(tag, flac));

        assertThat(info.format()).isEqualTo(AudioFormat.FLAC);
        assertThat(info.tags().title()).isEqualTo("From ID3");
        assertThat(info.tags().artist()).isEqualTo("From Vorbis");
    }

    private static byte[] le32(int n) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(n).array();
    }
}
