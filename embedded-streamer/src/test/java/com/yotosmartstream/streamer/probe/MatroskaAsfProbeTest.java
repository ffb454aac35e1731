package com.yotosmartstream.streamer.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.MatroskaAsf;
import com.yotosmartstream.streamer.testing.MatroskaAsf.Mkv;
import com.yotosmartstream.streamer.testing.MatroskaAsf.Wma;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebM/Matroska and WMA told apart by their magic, measured from their headers, and refused when damaged. */
class MatroskaAsfProbeTest {

    @TempDir
    Path dir;

    @Test
    void aWebmFileGivesItsDurationRateChannelsAndTags() throws Exception {
        AudioInfo info = AudioProbe.probe(MatroskaAsf.matroska(Mkv.webm(12_345.5)), "clip.webm");

        assertThat(info.format()).isEqualTo(AudioFormat.WEBM);
        assertThat(info.duration().toNanos()).isEqualTo(12_345_500_000L);
        assertThat(info.sampleRate()).isEqualTo(48_000);
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.tags()).isEqualTo(new Tags("A Clip", "Someone", "", 4, 2));
        assertThat(info.notes()).isEmpty();
    }

    @Test
    void theDocTypeTellsMatroskaFromWebmAndAnythingElseIsRefused() throws Exception {
        AudioInfo mka = AudioProbe.probe(MatroskaAsf.matroska(Mkv.webm(3000).docType("matroska")), "a.webm");

        assertThat(mka.format()).isEqualTo(AudioFormat.MATROSKA);
        assertThat(mka.notes()).singleElement().asString().contains("Its name says .webm but it is Matroska");
        assertThatThrownBy(() -> AudioProbe.probe(MatroskaAsf.matroska(Mkv.webm(3000).docType("x\u001bdoc")),
                "a.mka")).isInstanceOf(ProbeException.class).hasMessage(
                "It is an EBML file of type \u201cx?doc\u201d, not WebM or Matroska audio.");
    }

    @Test
    void aMatroskaFileWithoutADurationImportsWithANote() throws Exception {
        AudioInfo info = AudioProbe.probe(MatroskaAsf.matroska(Mkv.webm(-1)), "live.webm");

        assertThat(info.duration()).isZero();
        assertThat(info.notes()).singleElement().asString().contains("does not say how long it is");
    }

    @Test
    void encryptedVideoOnlyOrCutShortMatroskaIsRefused() {
        assertThatThrownBy(() -> AudioProbe.probe(MatroskaAsf.matroska(Mkv.webm(3000).withEncryption()), "a.webm"))
                .hasMessageStartingWith("It is protected by DRM");
        assertThatThrownBy(() -> AudioProbe.probe(MatroskaAsf.matroska(Mkv.webm(3000).videoOnly()), "a.webm"))
                .hasMessage("It holds no audio: it is a WebM file with only video.");
        assertThatThrownBy(() -> AudioProbe.probe(MatroskaAsf.matroska(Mkv.webm(3000).rate(0)), "a.webm"))
                .hasMessageContaining("audio description is damaged");
        byte[] whole = MatroskaAsf.matroska(Mkv.webm(3000));
        assertThatThrownBy(() -> AudioProbe.probe(Arrays.copyOf(whole, whole.length - 10), "a.webm"))
                .hasMessageStartingWith("It is cut short");
    }

    @Test
    void aWmaFileGivesItsDurationLessThePrerollAndItsAttributes() throws Exception {
        AudioInfo info = AudioProbe.probe(MatroskaAsf.asf(Wma.of(61.25)), "song.wma");

        assertThat(info.format()).isEqualTo(AudioFormat.WMA);
        assertThat(info.duration().toMillis()).isEqualTo(61_250);
        assertThat(info.sampleRate()).isEqualTo(44_100);
        assertThat(info.channels()).isEqualTo(2);
        assertThat(info.bitrate()).isEqualTo(64_000);
        assertThat(info.tags()).isEqualTo(new Tags("An Old Song", "A Band", "An Album", 3, 1));
    }

    @Test
    void protectedBroadcastDamagedOrCutShortWmaIsToldApart() throws Exception {
        assertThatThrownBy(() -> AudioProbe.probe(MatroskaAsf.asf(Wma.of(10).withEncryption()), "a.wma"))
                .hasMessage("It is protected by DRM: it cannot be imported. Only audio without copy protection can go"
                        + " on a card (Windows Media DRM).");
        assertThatThrownBy(() -> AudioProbe.probe(MatroskaAsf.asf(Wma.of(10).rate(0)), "a.wma"))
                .hasMessageContaining("WMA audio description is damaged");
        assertThat(AudioProbe.probe(MatroskaAsf.asf(Wma.of(10).asBroadcast()), "a.wma").duration()).isZero();
        byte[] whole = MatroskaAsf.asf(Wma.of(10));
        assertThatThrownBy(() -> AudioProbe.probe(Arrays.copyOf(whole, 200), "a.wma"))
                .hasMessageStartingWith("It is cut short");
    }

    @Test
    void filesTheBundledFfmpegWroteAndThenCutShortAreRefused() throws Exception {
        for (String name : new String[] {"cut.webm", "cut.wma"}) {
            Path file = dir.resolve(name);
            AudioFixtures.ffmpeg("-f", "lavfi", "-i", "sine=duration=3", "-c:a", name.endsWith("wma") ? "wmav2"
                    : "libopus", file.toString());
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, 300));

            assertThatThrownBy(() -> AudioProbe.probe(file)).as(name).isInstanceOf(ProbeException.class)
                    .hasMessageContaining("cut short");
        }
    }
}
