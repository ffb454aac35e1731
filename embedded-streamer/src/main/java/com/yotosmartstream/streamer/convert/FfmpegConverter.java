package com.yotosmartstream.streamer.convert;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.probe.AudioFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversion with ffmpeg: any audio it can read, to constant-bitrate MP3 (libmp3lame, 44.1 kHz
 * unless the source is at 32 or 48 kHz, tags and pictures left out). Normalising runs ffmpeg's
 * {@code loudnorm} twice: a measuring pass, then a linear pass with the measured values (one gain
 * for the whole file, as the built-in converter applies). Progress comes from {@code -progress};
 * a cancel ends the process.
 */
public final class FfmpegConverter implements Converter {

    private static final Logger LOG = LoggerFactory.getLogger(FfmpegConverter.class);
    private static final double TRUE_PEAK = -1.5;
    private static final double RANGE = 11;

    private final Ffmpeg ffmpeg;

    public FfmpegConverter(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    @Override
    public String name() {
        return "ffmpeg " + ffmpeg.version();
    }

    @Override
    public boolean canConvert(AudioFormat format) {
        return ffmpeg.mp3Encoder();
    }

    @Override
    public void convert(Path source, AudioFormat format, Duration duration, Path target, ConversionProfile profile,
            TaskContext context) throws ConversionException, TaskCancelledException {
        Path temp = target.resolveSibling(target.getFileName() + ".part.mp3");
        Path log = target.resolveSibling(target.getFileName() + ".log");
        try {
            String filter = null;
            if (profile.normalises()) {
                double lufs = profile.targetLufs().getAsDouble();
                JsonObject measured = measure(source, lufs, duration, log, context);
                filter = String.format(Locale.ROOT, "loudnorm=I=%.1f:TP=%.1f:LRA=%.1f:measured_I=%s:measured_TP=%s"
                        + ":measured_LRA=%s:measured_thresh=%s:offset=%s:linear=true", lufs, TRUE_PEAK, RANGE,
                        value(measured, "input_i"), value(measured, "input_tp"), value(measured, "input_lra"),
                        value(measured, "input_thresh"), value(measured, "target_offset"));
            }
            List<String> args = new ArrayList<>(List.of("-i", source.toString(), "-map", "0:a:0", "-vn", "-sn", "-dn",
                    "-map_metadata", "-1", "-c:a", "libmp3lame", "-b:a", profile.kbps() + "k"));
            if (filter != null) {
                args.addAll(List.of("-af", filter));
            }
            args.addAll(List.of("-ar", "44100", "-f", "mp3", temp.toString()));
            run(args, duration, profile.normalises() ? 0.5 : 0, log, context);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConversionException("ffmpeg could not be run (" + e.getMessage() + ").", e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(log);
        }
    }

    private JsonObject measure(Path source, double target, Duration duration, Path log, TaskContext context)
            throws IOException, ConversionException, TaskCancelledException {
        String filter = String.format(Locale.ROOT, "loudnorm=I=%.1f:TP=%.1f:LRA=%.1f:print_format=json", target,
                TRUE_PEAK, RANGE);
        run(List.of("-i", source.toString(), "-map", "0:a:0", "-af", filter, "-f", "null", "-"), duration, -0.5, log,
                context);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        int open = output.lastIndexOf('{');
        int close = output.lastIndexOf('}');
        if (open < 0 || close < open) {
            throw new ConversionException("ffmpeg did not report the loudness of the file.");
        }
        try {
            return JsonParser.parseString(output.substring(open, close + 1)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new ConversionException("ffmpeg's loudness report could not be read.", e);
        }
    }

    private static String value(JsonObject json, String key) throws ConversionException {
        if (!json.has(key)) {
            throw new ConversionException("ffmpeg's loudness report lacks " + key + ".");
        }
        String text = json.get(key).getAsString();
        if (!text.matches("-?(\\d+(\\.\\d*)?|inf)")) {
            throw new ConversionException("ffmpeg measured no usable loudness (" + key + " = " + text + ").");
        }
        return text.equals("-inf") || text.equals("inf") ? "-99" : text;
    }

    /**
     * Runs ffmpeg, following its progress; {@code phase} maps its fraction into the task's: 0 for
     * 0..1, -0.5 for the first half (0..0.5), 0.5 for the second half (0.5..1).
     */
    private void run(List<String> args, Duration duration, double phase, Path log, TaskContext context)
            throws IOException, ConversionException, TaskCancelledException {
        List<String> command = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-y", "-nostats", "-progress",
                "pipe:1"));
        command.addAll(args);
        Process process = ffmpeg.command(command).redirectError(log.toFile()).start();
        long totalMicros = Math.max(1, duration.toNanos() / 1000);
        try (BufferedReader progress = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = progress.readLine()) != null) {
                if (context.isCancelled()) {
                    process.destroyForcibly();
                    throw new TaskCancelledException();
                }
                if (line.startsWith("out_time_us=") || line.startsWith("out_time_ms=")) {
                    long micros = parse(line.substring(line.indexOf('=') + 1));
                    double fraction = Math.min(1, (double) micros / totalMicros);
                    double overall = phase == 0 ? fraction : phase < 0 ? fraction / 2 : 0.5 + fraction / 2;
                    context.updateProgress(Math.round(overall * 1000), 1000);
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ConversionException("ffmpeg did not finish.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new TaskCancelledException();
        }
        if (process.exitValue() != 0) {
            throw new ConversionException("ffmpeg could not convert it: " + lastLine(log));
        }
        LOG.debug("ffmpeg finished: {}", args);
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    String text = lines.get(i).strip();
                    return text.length() > 300 ? text.substring(0, 300) : text;
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not read ffmpeg's log", e);
        }
        return "no reason given";
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", file, e);
        }
    }
}
