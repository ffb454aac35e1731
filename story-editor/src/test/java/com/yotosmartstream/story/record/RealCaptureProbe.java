package com.yotosmartstream.story.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Run in a JVM of its own by {@link RealDeviceCaptureTest} (so ALSA reads the test's own
 * configuration from the environment it was started with): records one second from the system's
 * default microphone through {@link JavaSoundMicrophones}, keeps the take, and writes what it found
 * to the file named by its argument as {@code key=value} lines.
 */
public final class RealCaptureProbe {

    private RealCaptureProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        StringBuilder report = new StringBuilder();
        java.util.concurrent.ExecutorService loops = java.util.concurrent.Executors.newCachedThreadPool(
                new com.yotosmartstream.core.task.NamedThreadFactory("probe"));
        try {
            JavaSoundMicrophones microphones = new JavaSoundMicrophones(loops);
            report.append("names=").append(String.join(";", microphones.names())).append('\n');
            TakeRecorder recorder = new TakeRecorder(microphones, out.getParent().resolve("takes"));
            double[] loudest = {Double.NEGATIVE_INFINITY};
            recorder.start(Microphones.SYSTEM_DEFAULT, level -> loudest[0] = Math.max(loudest[0], level),
                    problem -> report.append("problem=").append(problem).append('\n'));
            Thread.sleep(1_200);
            Pcm.Sound heard = recorder.stop().orElseThrow();
            Take take = recorder.save("n1", 1, heard);
            Pcm.Sound kept = Pcm.readWav(TakeRecorder.keep(take, -16));
            report.append(String.format(Locale.ROOT, "rate=%d%nchannels=%d%nseconds=%.3f%npeak=%.2f%nlevel=%.2f%nkeptLufs=%.2f%n",
                    heard.format().sampleRate(), heard.format().channels(), heard.seconds(),
                    Pcm.peakDbfs(heard.samples(), 0, heard.samples().length), loudest[0], Loudness.integrated(kept)));
        } catch (CaptureException e) {
            report.append("refused=").append(e.getMessage()).append('\n');
        } finally {
            loops.shutdownNow();
        }
        Files.writeString(out, report);
        System.exit(0); // the JDK's audio threads are not daemons
    }
}
