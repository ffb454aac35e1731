package com.yotosmartstream.streamer.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * WAV (RIFF WAVE): the format chunk, the data chunk's length (which gives the duration), tags
 * from a LIST/INFO chunk or an embedded ID3 chunk.
 */
final class WavProbe {

    /** The highest sample rate accepted (768 kHz, the highest any recorder writes); above it the header is damaged. */
    static final long MAX_SAMPLE_RATE = 768_000;
    /** The most channels accepted (WAVE_FORMAT_EXTENSIBLE names 18 speaker positions). */
    static final int MAX_CHANNELS = 32;

    private WavProbe() {
    }

    static AudioInfo probe(FileSource source) throws IOException, ProbeException {
        long size = source.size();
        long position = 12;
        int formatTag = -1;
        int channels = 0;
        long sampleRate = 0;
        long byteRate = 0;
        long dataStart = -1;
        long dataLength = -1;
        Tags tags = Tags.NONE;
        Optional<Cover> cover = Optional.empty();
        List<String> notes = new ArrayList<>();
        while (position + 8 <= size) {
            byte[] header = source.read(position, 8);
            String id = new String(header, 0, 4, StandardCharsets.ISO_8859_1);
            long length = FileSource.u32le(header, 4);
            long body = position + 8;
            switch (id) {
                case "fmt " -> {
                    if (length < 16 || body + 16 > size) {
                        throw new ProbeException("Its WAV format description is damaged. Copy it again from the original.");
                    }
                    byte[] fmt = source.read(body, 16);
                    formatTag = FileSource.u16le(fmt, 0);
                    channels = FileSource.u16le(fmt, 2);
                    sampleRate = FileSource.u32le(fmt, 4);
                    byteRate = FileSource.u32le(fmt, 8);
                }
                case "data" -> {
                    dataStart = body;
                    dataLength = length;
                }
                case "LIST" -> {
                    if (length >= 4 && length < 1 << 20 && FileSource.fits(body, length, size)) {
                        tags = tags.orElse(info(source.read(body, (int) length)));
                    }
                }
                case "id3 ", "ID3 " -> {
                    if (Id3Tags.startsAt(source, body)) {
                        Id3Tags.Found found = Id3Tags.readV2(source, body);
                        tags = found.tags().orElse(tags);
                        cover = found.cover();
                    }
                }
                default -> {
                    // a chunk we do not need
                }
            }
            if (id.equals("data") && (length == 0 || length == 0xFFFFFFFFL)) {
                break; // a WAV written while recording, its length never filled in: the data runs to the end
            }
            position = body + length + (length & 1);
        }
        if (formatTag < 0 || dataStart < 0) {
            throw new ProbeException("It is not a complete WAV file (no " + (formatTag < 0 ? "format" : "audio data")
                    + " chunk). Copy it again from the original.");
        }
        if (channels < 1 || channels > MAX_CHANNELS || sampleRate < 1 || sampleRate > MAX_SAMPLE_RATE
                || byteRate < 1) {
            throw new ProbeException("Its WAV format description is damaged (" + channels + " channels at "
                    + sampleRate + " Hz).");
        }
        long available = size - dataStart;
        if (dataLength == 0 || dataLength == 0xFFFFFFFFL) {
            dataLength = available;
            notes.add("Its header does not say how long it is; the length was taken from the file size.");
        } else if (dataLength > available) {
            throw new ProbeException("It is cut short: it holds " + Mp3Probe.percent(available, dataLength)
                    + " of the audio its header announces. Copy it again from the original.");
        }
        if (formatTag != 1 && formatTag != 3 && formatTag != 0xFFFE) {
            notes.add("It is compressed WAV (format " + formatTag + "); only ffmpeg can convert it.");
        }
        double seconds = (double) dataLength / byteRate;
        return new AudioInfo(AudioFormat.WAV, java.time.Duration.ofNanos(Math.round(seconds * 1e9)),
                (int) Math.min(Integer.MAX_VALUE, byteRate * 8), (int) sampleRate, channels, false, tags, cover, notes);
    }

    /** Tags from a LIST chunk of type INFO. */
    private static Tags info(byte[] list) {
        if (!FileSource.ascii(list, 0, "INFO")) {
            return Tags.NONE;
        }
        String title = "";
        String artist = "";
        String album = "";
        String track = "";
        int p = 4;
        while (p + 8 <= list.length) {
            String id = new String(list, p, 4, StandardCharsets.ISO_8859_1);
            long length = FileSource.u32le(list, p + 4);
            if (!FileSource.fits(p + 8, length, list.length)) {
                break;
            }
            String value = new String(list, p + 8, (int) length, StandardCharsets.UTF_8);
            switch (id) {
                case "INAM" -> title = value;
                case "IART" -> artist = value;
                case "IPRD" -> album = value;
                case "ITRK", "IPRT" -> track = value;
                default -> {
                    // not a tag we show
                }
            }
            p += 8 + (int) length + (int) (length & 1);
        }
        return new Tags(title, artist, album, Tags.trackNumber(track));
    }
}
