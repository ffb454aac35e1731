package com.yotosmartstream.streamer.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Ogg Vorbis and Opus: the identification and comment packets of the first stream (reassembled
 * across pages), and the duration from the granule position of that stream's last page.
 */
final class OggProbe {

    private static final int MAX_HEADER_BYTES = 24 * 1024 * 1024;
    private static final int TAIL = 128 * 1024;

    private OggProbe() {
    }

    static AudioInfo probe(FileSource source) throws IOException, ProbeException {
        List<byte[]> packets = new ArrayList<>();
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        long position = 0;
        long serial = -1;
        int read = 0;
        while (packets.size() < 2) {
            if (position + 27 > source.size() || read > MAX_HEADER_BYTES) {
                throw new ProbeException("Its Ogg headers are damaged or cut short. Copy it again from the original.");
            }
            byte[] header = source.read(position, 27);
            if (!FileSource.ascii(header, 0, "OggS")) {
                throw new ProbeException("Its Ogg pages are damaged (no page where one should be).");
            }
            int segments = header[26] & 0xFF;
            byte[] lacing = source.read(position + 27, segments);
            long pageSerial = FileSource.u32le(header, 14);
            int bodyLength = 0;
            for (byte l : lacing) {
                bodyLength += l & 0xFF;
            }
            long body = position + 27 + segments;
            if (!FileSource.fits(body, bodyLength, source.size())) {
                throw new ProbeException("It is cut short inside its Ogg headers. Copy it again from the original.");
            }
            if (serial < 0) {
                serial = pageSerial;
            }
            if (pageSerial == serial) {
                byte[] data = source.read(body, bodyLength);
                int p = 0;
                for (byte l : lacing) {
                    int n = l & 0xFF;
                    packet.write(data, p, n);
                    p += n;
                    if (n < 255) {
                        packets.add(packet.toByteArray());
                        packet.reset();
                        if (packets.size() == 2) {
                            break;
                        }
                    }
                }
            }
            read += 27 + segments + bodyLength;
            position = body + bodyLength;
        }
        byte[] id = packets.get(0);
        byte[] comments = packets.get(1);
        if (FileSource.ascii(id, 0, "\u0001vorbis") && id.length >= 28) {
            int channels = id[11] & 0xFF;
            long rate = FileSource.u32le(id, 12);
            if (channels < 1 || rate < 1 || rate > WavProbe.MAX_SAMPLE_RATE) {
                throw new ProbeException("Its Vorbis header is damaged (" + channels + " channels at " + rate + " Hz).");
            }
            long granule = lastGranule(source, serial);
            VorbisComments.Read tags = FileSource.ascii(comments, 0, "\u0003vorbis")
                    ? VorbisComments.read(comments, 7) : new VorbisComments.Read(Tags.NONE, java.util.Optional.empty());
            return info(AudioFormat.VORBIS, granule, 0, (int) rate, (int) rate, channels, tags, source);
        }
        if (FileSource.ascii(id, 0, "OpusHead") && id.length >= 19) {
            int channels = id[9] & 0xFF;
            int preSkip = FileSource.u16le(id, 10);
            long inputRate = FileSource.u32le(id, 12);
            if (channels < 1) {
                throw new ProbeException("Its Opus header is damaged (no channels).");
            }
            long granule = lastGranule(source, serial);
            VorbisComments.Read tags = FileSource.ascii(comments, 0, "OpusTags")
                    ? VorbisComments.read(comments, 8) : new VorbisComments.Read(Tags.NONE, java.util.Optional.empty());
            int rate = inputRate > 0 && inputRate <= WavProbe.MAX_SAMPLE_RATE ? (int) inputRate : 48_000;
            return info(AudioFormat.OPUS, granule, preSkip, 48_000, rate, channels, tags,
                    source);
        }
        throw new ProbeException("It is an Ogg file, but not Vorbis or Opus audio (perhaps Ogg video or Ogg FLAC).");
    }

    private static AudioInfo info(AudioFormat format, long granule, int preSkip, int granuleRate, int sampleRate,
            int channels, VorbisComments.Read tags, FileSource source) throws ProbeException {
        if (granule < 0) {
            throw new ProbeException("It is cut short: its last Ogg page is missing. Copy it again from the original.");
        }
        Duration duration = Mp3Probe.duration(Math.max(0, granule - preSkip), granuleRate);
        return new AudioInfo(format, duration, Mp3Probe.bitrate(source.size(), duration), sampleRate, channels, true,
                tags.tags(), tags.cover(), List.of());
    }

    /**
     * The granule position of the last page of stream {@code serial}, or -1 if none is found.
     * A last page that the file cuts off means the file is cut short.
     */
    private static long lastGranule(FileSource source, long serial) throws IOException, ProbeException {
        long from = Math.max(0, source.size() - TAIL);
        byte[] tail = source.read(from, (int) (source.size() - from));
        boolean last = true;
        for (int i = tail.length - 27; i >= 0; i--) {
            if (tail[i] != 'O' || !FileSource.ascii(tail, i, "OggS") || tail[i + 4] != 0) {
                continue;
            }
            int segments = tail[i + 26] & 0xFF;
            int end = i + 27 + segments;
            if (end <= tail.length) {
                for (int k = i + 27; k < i + 27 + segments; k++) {
                    end += tail[k] & 0xFF;
                }
            }
            if (end > tail.length) {
                if (last) {
                    throw new ProbeException("It is cut short: its last Ogg page is incomplete. Copy it again from"
                            + " the original.");
                }
                continue;
            }
            last = false;
            long granule = FileSource.u64le(tail, i + 6);
            if (FileSource.u32le(tail, i + 14) == serial && granule != -1) {
                return granule;
            }
        }
        return -1;
    }
}
