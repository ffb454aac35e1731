package com.yotosmartstream.streamer.probe;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** FLAC: STREAMINFO (rate, channels, total samples), Vorbis comments and the picture block. */
final class FlacProbe {

    private FlacProbe() {
    }

    static AudioInfo probe(FileSource source, long start) throws IOException, ProbeException {
        long position = start + 4;
        int sampleRate = 0;
        int channels = 0;
        long totalSamples = 0;
        Tags tags = Tags.NONE;
        Optional<Cover> cover = Optional.empty();
        Optional<Cover> anyPicture = Optional.empty();
        boolean last = false;
        boolean sawInfo = false;
        while (!last) {
            if (position + 4 > source.size()) {
                throw new ProbeException("It is cut short inside its FLAC header. Copy it again from the original.");
            }
            byte[] header = source.read(position, 4);
            last = (header[0] & 0x80) != 0;
            int type = header[0] & 0x7F;
            int length = FileSource.u24be(header, 1);
            long body = position + 4;
            if (body + length > source.size()) {
                throw new ProbeException("It is cut short inside its FLAC header. Copy it again from the original.");
            }
            if (type == 0 && length >= 18) {
                byte[] info = source.read(body, 18);
                sampleRate = (int) ((FileSource.u24be(info, 10) >>> 4) & 0xFFFFF);
                channels = ((info[12] >> 1) & 7) + 1;
                totalSamples = ((long) (info[13] & 0x0F) << 32) | FileSource.u32be(info, 14);
                sawInfo = true;
            } else if (type == 4 && length < Cover.MAX_BYTES) {
                VorbisComments.Read read = VorbisComments.read(source.read(body, length), 0);
                tags = tags.orElse(read.tags());
                cover = cover.isPresent() ? cover : read.cover();
            } else if (type == 6 && length >= 4 && length < Cover.MAX_BYTES) {
                byte[] block = source.read(body, length);
                Optional<Cover> picture = VorbisComments.picture(block);
                if (FileSource.u32be(block, 0) == 3 && cover.isEmpty()) {
                    cover = picture;
                } else if (anyPicture.isEmpty()) {
                    anyPicture = picture;
                }
            }
            position = body + length;
        }
        if (!sawInfo || sampleRate == 0) {
            throw new ProbeException("Its FLAC header is damaged (no stream information).");
        }
        if (position >= source.size()) {
            throw new ProbeException("It has a FLAC header but no audio after it: it is cut short.");
        }
        List<String> notes = new ArrayList<>();
        if (totalSamples == 0) {
            notes.add("Its header does not give its length; the duration is unknown until it is converted.");
        }
        Duration duration = Mp3Probe.duration(totalSamples, sampleRate);
        int bitrate = Mp3Probe.bitrate(source.size() - position, duration);
        return new AudioInfo(AudioFormat.FLAC, duration, bitrate, sampleRate, channels, true, tags,
                cover.isPresent() ? cover : anyPicture, notes);
    }
}
