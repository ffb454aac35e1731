package com.yotosmartstream.streamer.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AIFF and AIFF-C (Apple's "Audio Interchange File Format", an IFF {@code FORM} of big-endian
 * chunks): the {@code COMM} chunk gives channels, sample frames, sample size and the sample rate as
 * an 80-bit extended float, so the duration is frames / rate; tags from {@code NAME}/{@code AUTH}
 * chunks or an embedded {@code ID3 } chunk. Layout from Apple's AIFF 1.3 and AIFF-C specifications.
 */
final class AiffProbe {

    private AiffProbe() {
    }

    static AudioInfo probe(FileSource source) throws IOException, ProbeException {
        long size = source.size();
        long position = 12;
        int channels = 0;
        long frames = -1;
        int bits = 0;
        double rate = 0;
        boolean sound = false;
        String title = "";
        String artist = "";
        Tags tags = Tags.NONE;
        Optional<Cover> cover = Optional.empty();
        List<String> notes = new ArrayList<>();
        while (position + 8 <= size) {
            byte[] header = source.read(position, 8);
            String id = new String(header, 0, 4, StandardCharsets.ISO_8859_1);
            long length = FileSource.u32be(header, 4);
            long body = position + 8;
            switch (id) {
                case "COMM" -> {
                    if (length < 18 || !FileSource.fits(body, 18, size)) {
                        throw new ProbeException("Its AIFF format description is damaged. Copy it again from the"
                                + " original.");
                    }
                    byte[] comm = source.read(body, 18);
                    channels = FileSource.u16be(comm, 0);
                    frames = FileSource.u32be(comm, 2);
                    bits = FileSource.u16be(comm, 6);
                    rate = extended(comm, 8);
                }
                case "SSND" -> sound = true;
                case "NAME", "AUTH" -> {
                    if (length < 1024 && FileSource.fits(body, length, size)) {
                        String text = new String(source.read(body, (int) length), StandardCharsets.ISO_8859_1);
                        if (id.equals("NAME")) {
                            title = text;
                        } else {
                            artist = text;
                        }
                    }
                }
                case "ID3 ", "id3 " -> {
                    if (Id3Tags.startsAt(source, body)) {
                        Id3Tags.Found found = Id3Tags.readV2(source, body);
                        tags = found.tags();
                        cover = found.cover();
                    }
                }
                default -> {
                    // a chunk we do not need
                }
            }
            position = body + length + (length & 1);
        }
        if (frames < 0 || !sound) {
            throw new ProbeException("It is not a complete AIFF file (no " + (frames < 0 ? "format" : "sound data")
                    + " chunk). Copy it again from the original.");
        }
        if (channels < 1 || channels > WavProbe.MAX_CHANNELS || !(rate >= 1 && rate <= WavProbe.MAX_SAMPLE_RATE)
                || bits < 1 || bits > 64) {
            throw new ProbeException("Its AIFF format description is damaged (" + channels + " channels at "
                    + Math.round(rate) + " Hz).");
        }
        double seconds = frames / rate;
        long bitrate = Math.round(rate * channels * bits);
        tags = tags.orElse(new Tags(title, artist, "", 0));
        return new AudioInfo(AudioFormat.AIFF, java.time.Duration.ofNanos(Math.round(seconds * 1e9)),
                (int) Math.min(Integer.MAX_VALUE, bitrate), (int) Math.round(rate), channels, false, tags, cover,
                notes);
    }

    /** An IEEE 754 80-bit extended float (sign and 15-bit exponent, then a 64-bit mantissa with its integer bit). */
    static double extended(byte[] b, int i) {
        int exponent = FileSource.u16be(b, i) & 0x7FFF;
        long mantissa = FileSource.u64be(b, i + 2);
        if (exponent == 0 && mantissa == 0) {
            return 0;
        }
        if (exponent == 0x7FFF) {
            return Double.NaN;
        }
        double unsigned = (mantissa >>> 11) * Math.pow(2, exponent - 16383 - 52);
        return (FileSource.u16be(b, i) & 0x8000) != 0 ? -unsigned : unsigned;
    }
}
