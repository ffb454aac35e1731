package com.yotosmartstream.app.library;

import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.library.TrackStatus;
import java.time.Duration;
import java.util.Locale;

/** A track as the Library table shows it. */
public record TrackRow(Track track) {

    public String id() {
        return track.id();
    }

    public String title() {
        return track.title();
    }

    public String artist() {
        return track.artist();
    }

    public String album() {
        return track.album();
    }

    public Duration duration() {
        return track.duration();
    }

    public String format() {
        return track.format().label();
    }

    public long size() {
        return track.size();
    }

    public String status() {
        return track.status().label();
    }

    public boolean ready() {
        return track.status() == TrackStatus.READY;
    }

    /** Whether every word of {@code query} appears in the title, artist, album, file name or format. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = (track.title() + " " + track.artist() + " " + track.album() + " " + track.fileName() + " "
                + format()).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "850 KB", "4.2 MB", "1.1 GB". */
    public static String formatSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 1024 ? String.format(Locale.ROOT, "%.1f MB", mb) : String.format(Locale.ROOT, "%.1f GB", mb / 1024);
    }

    /** "MP3 · 128 kbps · 44.1 kHz · stereo". */
    public String technical() {
        String channels = track.channels() == 1 ? "mono" : track.channels() == 2 ? "stereo" : track.channels()
                + " channels";
        return String.format(Locale.ROOT, "%s \u00b7 %d kbps%s \u00b7 %.1f kHz \u00b7 %s", format(),
                Math.round(track.bitrate() / 1000.0), track.vbr() ? " (variable)" : "", track.sampleRate() / 1000.0,
                channels);
    }
}
