package com.yotosmartstream.story.record;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** 16-bit PCM as the recorder handles it: levels, bytes, WAV files. */
public final class Pcm {

    private Pcm() {
    }

    /** The largest sample of {@code samples[from..to)} in dBFS; negative infinity when all are 0. */
    public static double peakDbfs(short[] samples, int from, int to) {
        int peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, Math.abs((int) samples[i]));
        }
        return peak == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(peak / 32768.0);
    }

    /** The root mean square of {@code samples[from..to)} in dBFS; negative infinity when all are 0. */
    public static double rmsDbfs(short[] samples, int from, int to) {
        if (to <= from) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            double x = samples[i] / 32768.0;
            sum += x * x;
        }
        return sum == 0 ? Double.NEGATIVE_INFINITY : 10 * Math.log10(sum / (to - from));
    }

    /** Little-endian bytes to samples. */
    public static short[] samples(byte[] bytes, int length) {
        short[] out = new short[length / 2];
        ByteBuffer.wrap(bytes, 0, out.length * 2).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(out);
        return out;
    }

    public static byte[] bytes(short[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(samples);
        return buffer.array();
    }

    /** {@code samples} multiplied by {@code gainDb}, clipped to the 16-bit range. */
    public static short[] gain(short[] samples, double gainDb) {
        double factor = Math.pow(10, gainDb / 20);
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            long v = Math.round(samples[i] * factor);
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        }
        return out;
    }

    /** Writes a WAV file (through a temporary file beside it, so a reader never sees half of one). */
    public static void writeWav(Path file, PcmFormat format, short[] samples) throws IOException {
        byte[] bytes = bytes(samples);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format.javaSound(),
                format.frames(samples.length))) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, part.toFile());
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A 16-bit PCM WAV file's format and samples. */
    public static Sound readWav(Path file) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            javax.sound.sampled.AudioFormat f = in.getFormat();
            if (f.getSampleSizeInBits() != 16 || f.getEncoding() != javax.sound.sampled.AudioFormat.Encoding.PCM_SIGNED
                    || f.isBigEndian()) {
                throw new IOException(file.getFileName() + " is not 16-bit little-endian PCM");
            }
            byte[] bytes = in.readAllBytes();
            return new Sound(new PcmFormat(Math.round(f.getSampleRate()), f.getChannels()), samples(bytes, bytes.length));
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(file.getFileName() + " is not a WAV file", e);
        }
    }

    /** Samples with their format. */
    public record Sound(PcmFormat format, short[] samples) {

        public double seconds() {
            return format.seconds(samples.length);
        }
    }
}
