package com.yotosmartstream.streamer.probe;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MP3 without decoding: the duration from a Xing/Info or VBRI header when the encoder wrote one
 * (less the encoder's delay and padding from a LAME tag), otherwise by walking every frame
 * header. Junk before the first frame and damaged stretches are skipped by finding the next pair
 * of consecutive valid headers.
 */
final class Mp3Probe {

    /** How far into the audio the first frame is looked for. */
    private static final int FIRST_FRAME_SEARCH = 256 * 1024;
    /** A file with more damage than this share of its bytes is refused rather than imported. */
    private static final double MAX_DAMAGED_SHARE = 0.10;

    private Mp3Probe() {
    }

    /** Whether an MPEG audio stream starts within the search window at {@code start}. */
    static boolean looksLikeMpeg(FileSource source, long start, long end) throws IOException {
        return firstFrame(new ByteWindow(source, 64 * 1024), start, Math.min(end, start + 16 * 1024), end) >= 0;
    }

    static AudioInfo probe(FileSource source, long start, long end) throws IOException, ProbeException {
        ByteWindow window = new ByteWindow(source, 1 << 20);
        long first = firstFrame(window, start, Math.min(end, start + FIRST_FRAME_SEARCH), end);
        if (first < 0) {
            throw new ProbeException("No MP3 audio was found in it: it is damaged, or not an MP3 file.");
        }
        MpegHeader header = header(window, first);
        if (header.layer() != 3) {
            throw new ProbeException("It is MPEG layer " + (header.layer() == 1 ? "I" : "II")
                    + " audio (an .mp" + header.layer() + " file), which players do not play. Convert it to MP3"
                    + " (layer III) first.");
        }
        Optional<AudioInfo> fromHeader = vbrHeader(source, first, end, header);
        if (fromHeader.isPresent()) {
            return fromHeader.get();
        }
        return walk(window, first, end, header);
    }

    /** Counts every frame from {@code first} to {@code end}. */
    private static AudioInfo walk(ByteWindow window, long first, long end, MpegHeader stream)
            throws IOException, ProbeException {
        long frames = 0;
        long samples = 0;
        long audioBytes = 0;
        long damaged = 0;
        boolean vbr = false;
        int firstBitrate = stream.bitrateKbps();
        List<String> notes = new ArrayList<>();
        long position = first;
        while (position + 4 <= end) {
            MpegHeader h = header(window, position);
            if (h == null || !stream.sameStream(h)) {
                long next = firstFrame(window, position + 1, end, end, stream);
                if (next < 0) {
                    damaged += end - position;
                    break;
                }
                damaged += next - position;
                position = next;
                continue;
            }
            int length = h.frameLength();
            if (position + length > end) {
                notes.add("The last frame is cut off (" + (end - position) + " of " + length
                        + " bytes); the rest plays normally.");
                break;
            }
            frames++;
            samples += h.samplesPerFrame();
            audioBytes += length;
            vbr |= h.bitrateKbps() != firstBitrate;
            position += length;
        }
        if (frames == 0) {
            throw new ProbeException("No complete MP3 frame was found in it: the file is damaged or cut short.");
        }
        if (damaged > (end - first) * MAX_DAMAGED_SHARE) {
            throw new ProbeException("It is badly damaged: " + percent(damaged, end - first)
                    + " of it is not MP3 audio. Copy it again from the original.");
        }
        if (damaged > 0) {
            notes.add(damaged + " damaged bytes were skipped; a player may click there.");
        }
        Duration duration = duration(samples, stream.sampleRate());
        int bitrate = vbr ? bitrate(audioBytes, duration) : firstBitrate * 1000;
        return new AudioInfo(AudioFormat.MP3, duration, bitrate, stream.sampleRate(), stream.channels(), vbr,
                Tags.NONE, Optional.empty(), notes);
    }

    /** A Xing/Info or VBRI header in the first frame, trusted for the frame count. */
    private static Optional<AudioInfo> vbrHeader(FileSource source, long first, long end, MpegHeader h)
            throws IOException, ProbeException {
        byte[] frame = source.readUpTo(first, Math.max(h.frameLength(), 200));
        int x = h.xingOffset();
        boolean xing = FileSource.ascii(frame, x, "Xing");
        boolean info = FileSource.ascii(frame, x, "Info");
        long frames = -1;
        long bytes = -1;
        long trimmed = 0;
        if ((xing || info) && frame.length >= x + 8) {
            long flags = FileSource.u32be(frame, x + 4);
            int p = x + 8;
            if ((flags & 1) != 0 && frame.length >= p + 4) {
                frames = FileSource.u32be(frame, p);
                p += 4;
            }
            if ((flags & 2) != 0 && frame.length >= p + 4) {
                bytes = FileSource.u32be(frame, p);
                p += 4;
            }
            if ((flags & 4) != 0) {
                p += 100;
            }
            if ((flags & 8) != 0) {
                p += 4;
            }
            if (FileSource.ascii(frame, p, "LAME") || FileSource.ascii(frame, p, "Lavc") || FileSource.ascii(frame, p, "Lavf")) {
                if (frame.length >= p + 24) {
                    int d = FileSource.u24be(frame, p + 21);
                    trimmed = (d >> 12) + (d & 0xFFF);
                }
            }
        } else if (FileSource.ascii(frame, 36, "VBRI") && frame.length >= 36 + 18) {
            bytes = FileSource.u32be(frame, 36 + 10);
            frames = FileSource.u32be(frame, 36 + 14);
            xing = true;
        }
        long available = end - first - h.frameLength();
        if (frames <= 0 || frames > Math.max(available, 0)) {
            // no count, or more frames than the file has bytes (a damaged count, such as 0xFFFFFFFF: years of
            // audio in a few kilobytes): walk the frames instead. Short of that the count is trusted.
            return Optional.empty();
        }
        long audioBytes = bytes > h.frameLength() ? bytes - h.frameLength() : available;
        if (bytes > 0 && available < audioBytes * 0.95) {
            throw new ProbeException("It is cut short: it holds " + percent(Math.max(0, available), audioBytes)
                    + " of the audio its header announces. Copy it again from the original.");
        }
        long samples = Math.max(0, frames * h.samplesPerFrame() - trimmed);
        Duration duration = duration(samples, h.sampleRate());
        int bitrate = xing ? bitrate(Math.min(audioBytes, available), duration(frames * h.samplesPerFrame(),
                h.sampleRate())) : h.bitrateKbps() * 1000;
        return Optional.of(new AudioInfo(AudioFormat.MP3, duration, bitrate, h.sampleRate(), h.channels(), xing,
                Tags.NONE, Optional.empty(), List.of()));
    }

    private static long firstFrame(ByteWindow window, long from, long searchEnd, long end) throws IOException {
        return firstFrame(window, from, searchEnd, end, null);
    }

    /**
     * The first position in {@code [from, searchEnd)} holding a valid header whose successor is also
     * valid (or which ends exactly at {@code end}); -1 if none.
     */
    private static long firstFrame(ByteWindow window, long from, long searchEnd, long end, MpegHeader like)
            throws IOException {
        for (long p = from; p + 4 <= searchEnd; p++) {
            if (window.at(p) != 0xFF) {
                continue;
            }
            MpegHeader h = header(window, p);
            if (h == null || (like != null && !like.sameStream(h))) {
                continue;
            }
            long next = p + h.frameLength();
            if (next == end || (next + 4 <= end && h.sameStream(header(window, next)))) {
                return p;
            }
        }
        return -1;
    }

    private static MpegHeader header(ByteWindow window, long position) throws IOException {
        int b0 = window.at(position);
        if (b0 != 0xFF) {
            return null;
        }
        int b1 = window.at(position + 1);
        int b2 = window.at(position + 2);
        int b3 = window.at(position + 3);
        if (b3 < 0) {
            return null;
        }
        return MpegHeader.parse(b0, b1, b2, b3);
    }

    static Duration duration(long samples, int sampleRate) {
        return Duration.ofNanos(Math.round(samples * 1e9 / sampleRate));
    }

    /** Average bits per second; a duration of nanoseconds over many bytes saturates rather than wrapping negative. */
    static int bitrate(long bytes, Duration duration) {
        double seconds = duration.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.round(bytes * 8 / seconds));
    }

    static String percent(long part, long whole) {
        return whole <= 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }
}
