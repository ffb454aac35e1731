package com.yotosmartstream.streamer.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.testing.AudioFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which ffmpeg the library takes (ADR 0072): a system one when there is one, else the one inside the app. */
class BundledFfmpegTest {

    private static final Map<String, String> NO_PATH = Map.of("PATH", "");

    @TempDir
    Path dir;

    @Test
    void withNothingOnThePathTheOneInsideTheAppIsUsedAndHasWhatConversionNeeds() {
        Ffmpeg.Search search = Ffmpeg.locate(FfmpegChoice.AUTOMATIC, NO_PATH, "Linux", BundledFfmpeg::locate);

        assertThat(search.problem()).isEmpty();
        Ffmpeg found = search.found().orElseThrow();
        assertThat(found.origin()).isEqualTo(Ffmpeg.Origin.BUNDLED);
        assertThat(found.version()).isEqualTo(BundledFfmpeg.VERSION).isEqualTo("7.1.1");
        assertThat(found.mp3Encoder()).isTrue();
        assertThat(found.ffprobe()).hasValueSatisfying(probe -> assertThat(Files.isExecutable(probe)).isTrue());
        assertThat(found.describe()).isEqualTo("ffmpeg 7.1.1 inside the app (bytedeco's build, LGPL v3)");
    }

    @Test
    void theBundledBuildIsTheLgplOneTheReadmeNames() throws Exception {
        Process process = AudioFixtures.bundledFfmpeg().command(List.of("-hide_banner", "-L"))
                .redirectErrorStream(true).start();
        String licence = new String(process.getInputStream().readAllBytes());
        process.waitFor();

        assertThat(licence).contains("GNU Lesser General Public License").contains("version 3");
        assertThat(licence).doesNotContain("GNU General Public License as published");
        assertThat(BundledFfmpeg.NOTICE).contains("FFmpeg 7.1.1", "LGPL version 3 or later");
    }

    @Test
    void aSystemFfmpegIsPreferredAutomaticallyAndTheBundledOneCanStillBeChosen() throws Exception {
        Path bin = fakeSystemFfmpeg();
        Map<String, String> env = Map.of("PATH", bin.toString());
        BundledFfmpeg.Found inside = new BundledFfmpeg.Found(Optional.of(AudioFixtures.bundledFfmpeg()), "");

        Ffmpeg automatic = Ffmpeg.locate(FfmpegChoice.AUTOMATIC, env, "Linux", () -> inside).found().orElseThrow();
        assertThat(automatic.origin()).isEqualTo(Ffmpeg.Origin.SYSTEM);
        assertThat(automatic.executable()).isEqualTo(bin.resolve("ffmpeg"));
        assertThat(automatic.version()).isEqualTo("6.0-test");
        assertThat(automatic.ffprobe()).hasValue(bin.resolve("ffprobe"));
        assertThat(automatic.describe()).isEqualTo("ffmpeg 6.0-test at " + bin.resolve("ffmpeg"));

        assertThat(Ffmpeg.locate(FfmpegChoice.BUNDLED, env, "Linux", () -> inside).found().orElseThrow().origin())
                .isEqualTo(Ffmpeg.Origin.BUNDLED);
    }

    @Test
    void choosingTheSystemOneWhenNoneIsInstalledFindsNoneAndSaysSo() {
        Ffmpeg.Search search = Ffmpeg.locate(FfmpegChoice.SYSTEM, NO_PATH, "Linux",
                () -> { throw new AssertionError("the bundled one must not be looked at"); });

        assertThat(search.found()).isEmpty();
        assertThat(search.problem()).contains("No ffmpeg is installed");
    }

    @Test
    void aVersionedLibraryTheProgramMissesIsLinkedToThePlainOneBesideIt() throws Exception {
        Path program = Files.writeString(dir.resolve("tool"), """
                #!/bin/sh
                d=$(dirname "$0")
                [ -e "$d/libva.so.2" ] || { echo "$0: error while loading shared libraries: libva.so.2: cannot open \
                shared object file: No such file or directory"; exit 127; }
                echo ok
                """);
        program.toFile().setExecutable(true);
        Files.writeString(dir.resolve("libva.so"), "not really a library");

        assertThat(BundledFfmpeg.linkLibraries(program)).isEmpty();
        assertThat(Files.readSymbolicLink(dir.resolve("libva.so.2"))).isEqualTo(Path.of("libva.so"));
    }

    @Test
    void aLibraryTheSystemMustProvideIsNamedWithItsPackage() throws Exception {
        Path program = Files.writeString(dir.resolve("tool"), """
                #!/bin/sh
                echo "$0: error while loading shared libraries: libpulse.so.0: cannot open shared object file: No \
                such file or directory"; exit 127
                """);
        program.toFile().setExecutable(true);

        assertThat(BundledFfmpeg.linkLibraries(program)).startsWith("The ffmpeg inside the app needs libpulse.so.0,")
                .contains("libpulse0");
        assertThat(BundledFfmpeg.missingLibrary("/x/libjniavdevice.so: libpulse.so.0: cannot open shared object file"))
                .isEqualTo("libpulse.so.0");
    }

    /** A script on a PATH folder that answers -version and -encoders as an ffmpeg with libmp3lame does. */
    private Path fakeSystemFfmpeg() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path ffmpeg = Files.writeString(bin.resolve("ffmpeg"), """
                #!/bin/sh
                case "$*" in
                  *-encoders*) echo " A....D libmp3lame           libmp3lame MP3 (MPEG audio layer 3)" ;;
                  *) echo "ffmpeg version 6.0-test Copyright (c) 2000-2023 the FFmpeg developers" ;;
                esac
                """);
        ffmpeg.toFile().setExecutable(true);
        Path ffprobe = Files.writeString(bin.resolve("ffprobe"), "#!/bin/sh\nexit 0\n");
        ffprobe.toFile().setExecutable(true);
        return bin;
    }
}
