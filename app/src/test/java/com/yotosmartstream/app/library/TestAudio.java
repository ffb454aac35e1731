package com.yotosmartstream.app.library;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Audio files for the app's tests, made on the spot: tagged MP3 (jump3r) and WAV (javax.sound). */
public final class TestAudio {

    private TestAudio() {
    }

    static byte[] pcm(double seconds, int rate, int channels) {
        int frames = (int) (seconds * rate);
        byte[] pcm = new byte[frames * channels * 2];
        for (int i = 0; i < frames; i++) {
            short v = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate));
            for (int c = 0; c < channels; c++) {
                int at = (i * channels + c) * 2;
                pcm[at] = (byte) v;
                pcm[at + 1] = (byte) (v >> 8);
            }
        }
        return pcm;
    }

    /** An MP3 of {@code seconds}, with an ID3v2.3 title and artist when given. */
    public static Path mp3(Path file, double seconds, String title, String artist) throws IOException {
        byte[] pcm = pcm(seconds, 44_100, 2);
        LameEncoder encoder = new LameEncoder(new AudioFormat(44_100, 16, 2, true, false), 128,
                LameEncoder.CHANNEL_MODE_JOINT_STEREO, LameEncoder.QUALITY_LOW, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (title != null) {
            out.writeBytes(id3(title, artist));
        }
        try {
            byte[] buffer = new byte[encoder.getMP3BufferSize()];
            int chunk = encoder.getPCMBufferSize();
            for (int p = 0; p < pcm.length; p += chunk) {
                out.write(buffer, 0, encoder.encodeBuffer(pcm, p, Math.min(chunk, pcm.length - p), buffer));
            }
            out.write(buffer, 0, encoder.encodeFinish(buffer));
        } finally {
            encoder.close();
        }
        return Files.write(file, out.toByteArray());
    }

    public static Path wav(Path file, double seconds) throws IOException {
        byte[] pcm = pcm(seconds, 22_050, 1);
        AudioFormat format = new AudioFormat(22_050, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    private static byte[] id3(String title, String artist) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        frame(frames, "TIT2", title);
        frame(frames, "TPE1", artist == null ? "" : artist);
        byte[] body = frames.toByteArray();
        ByteArrayOutputStream tag = new ByteArrayOutputStream();
        tag.writeBytes("ID3".getBytes(StandardCharsets.ISO_8859_1));
        tag.write(3);
        tag.write(0);
        tag.write(0);
        int n = body.length;
        tag.write((n >> 21) & 0x7F);
        tag.write((n >> 14) & 0x7F);
        tag.write((n >> 7) & 0x7F);
        tag.write(n & 0x7F);
        tag.writeBytes(body);
        return tag.toByteArray();
    }

    private static void frame(ByteArrayOutputStream out, String id, String text) {
        byte[] value = (text + "\0").getBytes(StandardCharsets.UTF_8);
        out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        int n = value.length + 1;
        out.write(n >> 24);
        out.write(n >> 16);
        out.write(n >> 8);
        out.write(n);
        out.write(0);
        out.write(0);
        out.write(3);
        out.writeBytes(value);
    }

    /**
     * An M4B audiobook of {@code seconds} with a chapter list (one mark per title, evenly spaced),
     * made by the ffmpeg inside the app from an FFMETADATA file (ffmpeg's own metadata format).
     */
    public static Path audiobook(Path file, double seconds, String title, String author, String... chapters)
            throws IOException, InterruptedException {
        return audiobook(file, seconds, 44_100, "48k", title, author, chapters);
    }

    /** The same at {@code rate} Hz and {@code bitrate} (8000 and "16k" make an hour quick to write and small). */
    public static Path audiobook(Path file, double seconds, int rate, String bitrate, String title, String author,
            String... chapters) throws IOException, InterruptedException {
        StringBuilder meta = new StringBuilder(";FFMETADATA1\ntitle=" + title + "\nartist=" + author + "\n");
        long each = Math.round(seconds * 1000 / chapters.length);
        for (int i = 0; i < chapters.length; i++) {
            meta.append("[CHAPTER]\nTIMEBASE=1/1000\nSTART=").append(i * each).append("\nEND=")
                    .append(i == chapters.length - 1 ? Math.round(seconds * 1000) : (i + 1) * each)
                    .append("\ntitle=").append(chapters[i]).append('\n');
        }
        Path metadata = Files.writeString(file.resolveSibling(file.getFileName() + ".ffmeta"), meta.toString());
        com.yotosmartstream.streamer.convert.BundledFfmpeg.Found found =
                com.yotosmartstream.streamer.convert.BundledFfmpeg.locate();
        Process process = found.ffmpeg().orElseThrow(() -> new IOException(found.problem())).command(java.util.List.of(
                "-hide_banner", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=330:sample_rate=" + rate
                + ":duration=" + seconds, "-i", metadata.toString(), "-map", "0:a", "-map_metadata", "1", "-map_chapters",
                "1", "-ac", "1", "-c:a", "aac", "-b:a", bitrate, file.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + output);
        }
        Files.delete(metadata);
        return file;
    }

    /**
     * A long MP3 (8 kHz mono at 8 kbps, so an hour is small and quick to make) of a tone with a
     * second of silence every ten minutes, made by the ffmpeg inside the app.
     */
    public static Path longMp3(Path file, int seconds, String title) throws IOException, InterruptedException {
        com.yotosmartstream.streamer.convert.BundledFfmpeg.Found found =
                com.yotosmartstream.streamer.convert.BundledFfmpeg.locate();
        Process process = found.ffmpeg().orElseThrow(() -> new IOException(found.problem())).command(java.util.List.of(
                "-hide_banner", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=8000:duration="
                + seconds, "-af", "volume='if(lt(mod(t,600),1),0,1)':eval=frame", "-ac", "1", "-c:a", "libmp3lame",
                "-b:a", "8k", "-metadata", "title=" + title, file.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + output);
        }
        return file;
    }

    /** A FLAC file of a tone with title, artist, album and track-number tags, made by the ffmpeg inside the app. */
    public static Path flac(Path file, double seconds, String title, String artist, String album, int track)
            throws IOException, InterruptedException {
        com.yotosmartstream.streamer.convert.BundledFfmpeg.Found found =
                com.yotosmartstream.streamer.convert.BundledFfmpeg.locate();
        Process process = found.ffmpeg().orElseThrow(() -> new IOException(found.problem())).command(java.util.List.of(
                "-hide_banner", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=550:duration=" + seconds,
                "-ac", "2", "-c:a", "flac", "-metadata", "title=" + title, "-metadata", "artist=" + artist, "-metadata",
                "album=" + album, "-metadata", "track=" + track, file.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + output);
        }
        return file;
    }
}
