package com.yotosmartstream.streamer.convert;

import com.yotosmartstream.streamer.chapters.SplitPlan;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Finds the quietest moment of a stretch of a file: ffmpeg decodes just that stretch to 8 kHz mono
 * 16-bit PCM, and the 100 ms window with the least energy wins (its middle is the answer; of a run
 * of equally quiet windows, such as a silence, the middle of the run). Used to
 * cut a long track without chapters where a cut is least heard (ADR 0074).
 */
public final class QuietMoments implements SplitPlan.QuietFinder {

    private static final int RATE = 8000;
    private static final int WINDOW = RATE / 10;
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    private final Ffmpeg ffmpeg;
    private final Path file;

    public QuietMoments(Ffmpeg ffmpeg, Path file) {
        this.ffmpeg = ffmpeg;
        this.file = file;
    }

    @Override
    public Duration quietest(Duration from, Duration to) throws IOException {
        // a decoder starting after a seek may give silence for its first frames (an MP3's bit reservoir is not
        // there yet): decoding starts a second early and that second is not weighed
        Duration start = from.compareTo(WARM_UP) > 0 ? from.minus(WARM_UP) : Duration.ZERO;
        long skipped = from.minus(start).toMillis() / 100;
        double seconds = Math.max(0.2, (to.toMillis() - start.toMillis()) / 1000.0);
        Process process = ffmpeg.command(List.of("-hide_banner", "-nostdin", "-v", "error",
                "-ss", String.format(Locale.ROOT, "%.3f", start.toMillis() / 1000.0),
                "-t", String.format(Locale.ROOT, "%.3f", seconds), "-i", file.toString(), "-map", "0:a:0",
                "-ac", "1", "-ar", String.valueOf(RATE), "-f", "s16le", "-"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        long best = Long.MAX_VALUE;
        long runStart = -1;
        long runEnd = -1;
        long window = 0;
        try (InputStream in = new BufferedInputStream(process.getInputStream(), 1 << 16)) {
            byte[] frame = new byte[WINDOW * 2];
            while (true) {
                int n = in.readNBytes(frame, 0, frame.length);
                if (n < frame.length) {
                    break; // a last, partial window is not weighed against whole ones
                }
                long energy = 0;
                for (int i = 0; i < n; i += 2) {
                    int sample = (short) ((frame[i] & 0xFF) | (frame[i + 1] << 8));
                    energy += (long) sample * sample;
                }
                if (window < skipped) {
                    window++;
                    continue;
                }
                if (energy < best) {
                    best = energy;
                    runStart = window;
                    runEnd = window;
                } else if (energy == best && runEnd == window - 1) {
                    runEnd = window; // a stretch of equal quiet (silence): its middle is the answer
                }
                window++;
            }
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg did not finish decoding " + file.getFileName());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
        if (runStart < 0) {
            throw new IOException("ffmpeg decoded nothing of " + file.getFileName() + " from " + from);
        }
        return start.plusMillis((runStart + runEnd) * 50 + 50);
    }
}
