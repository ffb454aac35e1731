package com.yotosmartstream.streamer.convert;

import com.yotosmartstream.core.audio.LoudnessMeter;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.probe.AudioFormat;
import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversion with no outside program: WAV (javax.sound) and MP3 (JLayer) decoded to PCM,
 * optionally normalised (measured by {@link LoudnessMeter} in a first pass, one gain applied in
 * the second, never above -1 dBFS), and encoded to constant-bitrate MP3 by jump3r.
 */
public final class JavaConverter implements Converter {

    private static final Logger LOG = LoggerFactory.getLogger(JavaConverter.class);
    private static final double CEILING_DBFS = -1.0;
    /** As the WAV probe: no recorder writes more (a larger value is a damaged header). */
    private static final int MAX_SAMPLE_RATE = 768_000;

    @Override
    public String name() {
        return "built-in (Java)";
    }

    @Override
    public boolean canConvert(AudioFormat format) {
        return format == AudioFormat.WAV || format == AudioFormat.MP3;
    }

    @Override
    public void convert(Path source, AudioFormat format, Duration duration, Path target, ConversionProfile profile,
            TaskContext context) throws ConversionException, TaskCancelledException {
        if (!canConvert(format)) {
            throw new ConversionException(format.label() + " can only be converted with ffmpeg, which is not installed."
                    + " Install ffmpeg (see Settings), then convert again.");
        }
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            double gain = 1.0;
            boolean twoPasses = profile.normalises();
            if (twoPasses) {
                double db = measureGain(source, format, duration, profile.targetLufs().getAsDouble(), context);
                gain = Math.pow(10, db / 20);
            }
            encode(source, format, duration, temp, profile.kbps(), gain, twoPasses, context);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConversionException("The conversion failed (" + e.getMessage() + ").", e);
        } catch (RuntimeException | AssertionError e) {
            // jump3r and JLayer throw unchecked exceptions on input they cannot take (a sample rate no MP3 has,
            // a frame that decodes past its buffer; jump3r asserts when assertions are on): that file fails,
            // with a reason (ADR 0052)
            throw new ConversionException("The built-in converter cannot convert it (" + e.getClass().getSimpleName()
                    + "); it may be damaged. Install ffmpeg and retry, or remove it.", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warn("Could not remove {}", temp, e);
            }
        }
    }

    private static double measureGain(Path source, AudioFormat format, Duration duration, double target,
            TaskContext context) throws IOException, ConversionException, TaskCancelledException {
        try (PcmReader reader = open(source, format)) {
            LoudnessMeter meter = new LoudnessMeter(reader.sampleRate(), reader.channels());
            short[] buffer = new short[4096 * reader.channels()];
            long frames = 0;
            long total = totalFrames(duration, reader.sampleRate());
            int n;
            while ((n = reader.read(buffer)) > 0) {
                context.throwIfCancelled();
                meter.add(buffer, n);
                frames += n;
                context.updateProgress(frames, 2 * total);
            }
            double gain = LoudnessMeter.gainDb(meter.integrated(), meter.peakDbfs(), target, CEILING_DBFS);
            LOG.debug("Measured {} LUFS, peak {} dBFS: gain {} dB", meter.integrated(), meter.peakDbfs(), gain);
            return gain;
        }
    }

    private static void encode(Path source, AudioFormat format, Duration duration, Path temp, int kbps, double gain,
            boolean secondPass, TaskContext context) throws IOException, ConversionException, TaskCancelledException {
        try (PcmReader reader = open(source, format);
             OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            int channels = reader.channels();
            if (channels > 2) {
                throw new ConversionException("It has " + channels + " channels; the built-in converter takes mono and"
                        + " stereo only. Install ffmpeg to convert it.");
            }
            LameEncoder encoder = new LameEncoder(new javax.sound.sampled.AudioFormat(reader.sampleRate(), 16, channels,
                    true, false), kbps, channels == 1 ? LameEncoder.CHANNEL_MODE_MONO
                    : LameEncoder.CHANNEL_MODE_JOINT_STEREO, LameEncoder.QUALITY_MIDDLE, false);
            try {
                byte[] pcm = new byte[encoder.getPCMBufferSize()];
                byte[] mp3 = new byte[encoder.getMP3BufferSize()];
                short[] samples = new short[pcm.length / 2 / channels * channels];
                long total = totalFrames(duration, reader.sampleRate());
                long frames = 0;
                int n;
                while ((n = reader.read(samples)) > 0) {
                    context.throwIfCancelled();
                    int count = n * channels;
                    for (int i = 0; i < count; i++) {
                        int value = gain == 1.0 ? samples[i] : (int) Math.round(samples[i] * gain);
                        value = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
                        pcm[2 * i] = (byte) value;
                        pcm[2 * i + 1] = (byte) (value >> 8);
                    }
                    int written = encoder.encodeBuffer(pcm, 0, count * 2, mp3);
                    out.write(mp3, 0, written);
                    frames += n;
                    context.updateProgress(secondPass ? total + frames : frames, secondPass ? 2 * total : total);
                }
                out.write(mp3, 0, encoder.encodeFinish(mp3));
            } finally {
                encoder.close();
            }
        }
    }

    private static PcmReader open(Path source, AudioFormat format) throws IOException, ConversionException {
        PcmReader reader = format == AudioFormat.WAV ? PcmReader.wav(source) : PcmReader.mp3(source);
        if (reader.channels() < 1 || reader.sampleRate() < 1 || reader.sampleRate() > MAX_SAMPLE_RATE) {
            reader.close();
            throw new ConversionException("Its audio format is damaged (" + reader.channels() + " channels at "
                    + reader.sampleRate() + " Hz); it cannot be converted. Copy it again and Retry, or remove it.");
        }
        return reader;
    }

    private static long totalFrames(Duration duration, int rate) {
        return Math.max(1, duration.toMillis() * rate / 1000);
    }
}
