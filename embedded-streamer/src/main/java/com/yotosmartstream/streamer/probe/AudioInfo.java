package com.yotosmartstream.streamer.probe;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What probing found in a file.
 *
 * @param bitrate average bits per second
 * @param vbr whether the bitrate varies from frame to frame
 * @param notes things worth telling the user that did not stop the import ("the last frame is cut off")
 */
public record AudioInfo(AudioFormat format, Duration duration, int bitrate, int sampleRate, int channels, boolean vbr,
        Tags tags, Optional<Cover> cover, List<String> notes) {

    public AudioInfo {
        notes = List.copyOf(notes);
    }

    AudioInfo withTags(Tags tags, Optional<Cover> cover) {
        return new AudioInfo(format, duration, bitrate, sampleRate, channels, vbr, tags, cover, notes);
    }

    AudioInfo withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new AudioInfo(format, duration, bitrate, sampleRate, channels, vbr, tags, cover, more);
    }
}
