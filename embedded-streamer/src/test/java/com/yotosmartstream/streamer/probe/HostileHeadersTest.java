package com.yotosmartstream.streamer.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.yotosmartstream.streamer.testing.Hostile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size and rate fields set to what damaged or hostile files hold: every probe answers with an
 * AudioInfo or a ProbeException (a reason for the user), never another exception, a loop or an
 * allocation larger than the file (ADR 0052).
 */
@Timeout(20)
class HostileHeadersTest {

    @TempDir
    Path dir;

    private AudioInfo probe(String name, byte[] bytes) throws Exception {
        return AudioProbe.probe(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void anId3FrameSizeWithItsTopBitSetEndsTheTagAndTheAudioStillImports() throws Exception {
        AudioInfo info = probe("overflow.mp3", Hostile.id3FrameSizeTopBit());

        assertThat(info.format()).isEqualTo(AudioFormat.MP3);
        assertThat(info.tags().title()).isEmpty();
        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(120 * 1152 / 44_100.0, within(0.01));
    }

    @Test
    void aWavSampleRateNoAudioHasIsRefusedAsDamaged() throws Exception {
        assertThatThrownBy(() -> probe("rate.wav", Hostile.wavWithRate(4_278_212_130L)))
                .isInstanceOf(ProbeException.class).hasMessageContaining("damaged").hasMessageContaining("4278212130 Hz");
        assertThatThrownBy(() -> probe("fast.wav", Hostile.wavWithRate(10_000_000)))
                .isInstanceOf(ProbeException.class);
        assertThat(probe("hi-res.wav", Hostile.wavWithRate(192_000)).sampleRate()).isEqualTo(192_000);
    }

    @Test
    void aWavInfoEntryLongerThanItsListIsIgnored() throws Exception {
        AudioInfo info = probe("list.wav", Hostile.wavListOverflow());

        assertThat(info.format()).isEqualTo(AudioFormat.WAV);
        assertThat(info.tags().title()).isEmpty();
        assertThat(info.duration()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aFlacPictureBlockOfNoBytesIsSkipped() throws Exception {
        AudioInfo info = probe("empty-picture.flac", Hostile.flacEmptyPicture());

        assertThat(info.format()).isEqualTo(AudioFormat.FLAC);
        assertThat(info.cover()).isEmpty();
        assertThat(info.duration()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void anMp4BoxWhoseSizeOverflowsThePositionIsRefusedAsCutShort() {
        assertThatThrownBy(() -> probe("huge.m4a", Hostile.mp4HugeTopLevelBox()))
                .isInstanceOf(ProbeException.class).hasMessageContaining("cut short");
    }

    @Test
    void anMp4ChildBoxWhoseSizeOverflowsEndsTheWalkOfItsParent() {
        assertThatThrownBy(() -> probe("child.m4a", Hostile.mp4HugeChildBox()))
                .isInstanceOf(ProbeException.class).hasMessageContaining("without audio");
    }

    @Test
    void anOggVorbisRateOfZeroOrAboveTwoBillionIsRefused() {
        assertThatThrownBy(() -> probe("zero.ogg", Hostile.oggVorbisWithRate(0)))
                .isInstanceOf(ProbeException.class).hasMessageContaining("damaged");
        assertThatThrownBy(() -> probe("negative.ogg", Hostile.oggVorbisWithRate(-1)))
                .isInstanceOf(ProbeException.class).hasMessageContaining("damaged");
    }

    @Test
    void aXingFrameCountTheFileCannotHoldIsDistrustedAndTheFramesAreCounted() throws Exception {
        AudioInfo info = probe("years.mp3", Hostile.xingClaimingFourBillionFrames());

        assertThat(info.duration().toMillis() / 1000.0).isCloseTo(101 * 1152 / 44_100.0, within(0.05));
    }

    @Test
    void aHeaderPointingPastTheEndIsACutShortFileNotAReadError() {
        byte[] ogg = Hostile.oggVorbisWithRate(44_100);
        byte[] cut = java.util.Arrays.copyOf(ogg, 40);
        cut[26] = (byte) 255; // a lacing table of 255 entries, of which the file holds 13

        assertThatThrownBy(() -> probe("cut.ogg", cut)).isInstanceOf(ProbeException.class);
    }

    @Test
    void anMp4AverageBitrateAboveTwoBillionIsMeasuredInstead() throws Exception {
        byte[] m4a = com.yotosmartstream.streamer.testing.Containers.m4a("mp4a", 44_100, 2, 44_100, 44_100L * 4, -1,
                "t", "a", "b", 1, null, 64_000, false); // found by fuzzing: 0xFFFFFFFF bits per second

        AudioInfo info = probe("bitrate.m4a", m4a);

        assertThat(info.bitrate()).isBetween(100_000, 200_000);
    }
}
