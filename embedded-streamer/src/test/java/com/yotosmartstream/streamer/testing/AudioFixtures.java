package com.yotosmartstream.streamer.testing;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Audio made by the tests themselves: PCM tones, WAV through javax.sound, real MP3 through jump3r,
 * and pictures through ImageIO. Nothing is downloaded.
 */
public final class AudioFixtures {

    private AudioFixtures() {
    }

    /** 16-bit little-endian PCM: a tone (440 Hz, then a second at 660 Hz on the right) at {@code amplitude} (0..1). */
    public static byte[] tone(double seconds, int sampleRate, int channels, double amplitude) {
        int frames = (int) Math.round(seconds * sampleRate);
        ByteBuffer pcm = ByteBuffer.allocate(frames * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                double f = c == 0 ? 440 : 660;
                pcm.putShort((short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * f * i / sampleRate)));
            }
        }
        return pcm.array();
    }

    public static AudioFormat pcmFormat(int sampleRate, int channels) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, sampleRate, 16, channels, channels * 2, sampleRate, false);
    }

    /** A WAV file of a tone, written by javax.sound. */
    public static Path wav(Path file, double seconds, int sampleRate, int channels) throws IOException {
        return wav(file, tone(seconds, sampleRate, channels, 0.5), sampleRate, channels);
    }

    public static Path wav(Path file, byte[] pcm, int sampleRate, int channels) throws IOException {
        AudioFormat format = pcmFormat(sampleRate, channels);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                pcm.length / format.getFrameSize())) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    /** Real MP3 (MPEG-1 layer III at 44.1 kHz, or what the rate calls for) encoded by jump3r. */
    public static byte[] mp3(double seconds, int sampleRate, int channels, int kbps, boolean vbr) {
        byte[] pcm = tone(seconds, sampleRate, channels, 0.5);
        LameEncoder encoder = new LameEncoder(pcmFormat(sampleRate, channels), kbps,
                channels == 1 ? LameEncoder.CHANNEL_MODE_MONO : LameEncoder.CHANNEL_MODE_JOINT_STEREO,
                LameEncoder.QUALITY_LOW, vbr);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[encoder.getMP3BufferSize()];
            int chunk = encoder.getPCMBufferSize();
            for (int p = 0; p < pcm.length; p += chunk) {
                int n = encoder.encodeBuffer(pcm, p, Math.min(chunk, pcm.length - p), buffer);
                out.write(buffer, 0, n);
            }
            int n = encoder.encodeFinish(buffer);
            out.write(buffer, 0, n);
            return out.toByteArray();
        } finally {
            encoder.close();
        }
    }

    public static Path mp3(Path file, double seconds) throws IOException {
        return Files.write(file, mp3(seconds, 44_100, 2, 128, false));
    }

    /** A small PNG picture of one colour. */
    public static byte[] png(int size, Color color) throws IOException {
        return picture(size, color, "png");
    }

    /** A small JPEG picture of one colour. */
    public static byte[] jpeg(int size, Color color) throws IOException {
        return picture(size, color, "jpg");
    }

    private static byte[] picture(int size, Color color, String type) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, type, out);
        return out.toByteArray();
    }

    private static volatile com.yotosmartstream.streamer.convert.Ffmpeg bundled;

    /**
     * The ffmpeg inside the app (bytedeco's build, ADR 0072), unpacked once per test JVM. Tests make
     * their files with it, so they need no system ffmpeg.
     */
    public static synchronized com.yotosmartstream.streamer.convert.Ffmpeg bundledFfmpeg() {
        if (bundled == null) {
            com.yotosmartstream.streamer.convert.BundledFfmpeg.Found found =
                    com.yotosmartstream.streamer.convert.BundledFfmpeg.locate();
            bundled = found.ffmpeg().orElseThrow(() -> new IllegalStateException(found.problem()));
        }
        return bundled;
    }

    /** Whether ffmpeg can be run here: the one inside the app, which every supported system has. */
    public static boolean ffmpegAvailable() {
        try {
            bundledFfmpeg();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Runs the bundled ffmpeg with these arguments (quietly, overwriting); fails the test if it fails. */
    public static void ffmpeg(String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("-hide_banner", "-loglevel",
                "error", "-y"));
        command.addAll(java.util.List.of(args));
        Process process = bundledFfmpeg().command(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("ffmpeg failed: " + output);
        }
    }
}
