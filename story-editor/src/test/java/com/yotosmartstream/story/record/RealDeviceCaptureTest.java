package com.yotosmartstream.story.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real capture path once (ADR 0085): a PulseAudio daemon of the test's own, in its own runtime
 * folder, with a sine source as its default microphone; ALSA's pulse plugin (an {@code .asoundrc}
 * in the child's HOME sends ALSA's default device there); a JVM of its own records through
 * {@link JavaSoundMicrophones}. Java Sound on Linux speaks ALSA, hence the plugin. Needs Debian's
 * {@code pulseaudio}, {@code pulseaudio-utils} and {@code libasound2-plugins} ({@code .ci/run}
 * installs them); skipped, saying which is missing, without them.
 */
class RealDeviceCaptureTest {

    @TempDir
    Path dir;

    @Test
    void javaSoundRecordsFromAVirtualMicrophone() throws Exception {
        assumeTrue(onPath("pulseaudio"), "PulseAudio is not installed (Debian: pulseaudio)");
        assumeTrue(onPath("pactl"), "pactl is not installed (Debian: pulseaudio-utils)");
        assumeTrue(alsaPulsePlugin(), "ALSA's PulseAudio plugin is not installed (Debian: libasound2-plugins)");

        Path home = Files.createDirectories(dir.resolve("home"));
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Path socket = runtime.resolve("native");
        Files.writeString(dir.resolve("daemon.pa"), String.join("\n",
                "load-module module-null-sink sink_name=quiet",
                "load-module module-sine-source source_name=tone rate=44100 frequency=440",
                "set-default-source tone",
                "load-module module-native-protocol-unix auth-anonymous=1 socket=" + socket, ""));
        Files.writeString(home.resolve(".asoundrc"), "pcm.!default { type pulse }\nctl.!default { type pulse }\n");
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_RUNTIME_DIR", runtime.toString(),
                "PULSE_RUNTIME_PATH", runtime.resolve("pulse").toString(), "PULSE_SERVER", "unix:" + socket);

        ProcessBuilder daemonCommand = new ProcessBuilder("pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n",
                "-F", dir.resolve("daemon.pa").toString(), "--use-pid-file=no")
                .redirectErrorStream(true).redirectOutput(dir.resolve("pulseaudio.log").toFile());
        daemonCommand.environment().putAll(env);
        Process daemon = daemonCommand.start();
        try {
            assumeTrue(ready(env), () -> "PulseAudio did not start here: " + log("pulseaudio.log"));
            Path report = dir.resolve("report.properties");
            ProcessBuilder probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RealCaptureProbe.class.getName(), report.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("probe.log").toFile());
            probe.environment().putAll(env);
            Process child = probe.start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
            assertThat(report).as(log("probe.log")).exists();
            Properties found = new Properties();
            found.load(new StringReader(Files.readString(report)));

            assertThat(found.getProperty("refused")).as("refusal").isNull();
            assertThat(found.getProperty("problem")).as("problem").isNull();
            assertThat(found.getProperty("names")).startsWith(Microphones.SYSTEM_DEFAULT);
            assertThat(Integer.parseInt(found.getProperty("rate"))).isEqualTo(44_100);
            assertThat(Double.parseDouble(found.getProperty("seconds"))).isBetween(0.8, 2.0);
            assertThat(Double.parseDouble(found.getProperty("peak"))).as("the sine source's tone was heard")
                    .isGreaterThan(-20);
            assertThat(Double.parseDouble(found.getProperty("level"))).isGreaterThan(-20);
            assertThat(Double.parseDouble(found.getProperty("keptLufs"))).isCloseTo(-16, within(1.0));
        } finally {
            daemon.destroy();
            if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
                daemon.destroyForcibly();
            }
        }
    }

    private static boolean ready(Map<String, String> env) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            ProcessBuilder info = new ProcessBuilder("pactl", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            info.environment().putAll(env);
            Process p = info.start();
            if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private String log(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            return "(no " + name + ")";
        }
    }

    private static boolean onPath(String program) {
        return Optional.ofNullable(System.getenv("PATH")).stream().flatMap(p -> List.of(p.split(java.io.File.pathSeparator)).stream())
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private static boolean alsaPulsePlugin() {
        for (String lib : List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")) {
            if (Files.exists(Path.of(lib, "alsa-lib", "libasound_module_pcm_pulse.so"))) {
                return true;
            }
        }
        return false;
    }
}
