package com.yotosmartstream.streamer.library;

import com.yotosmartstream.streamer.probe.AudioFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A track in the library: what was imported (its bytes' SHA-256, name, format and measurements),
 * what the user calls it (title, artist...), and what players are sent ({@code streamFile}, once
 * it exists).
 *
 * @param id the first 16 hex digits of the SHA-256: stable, and what stream URLs name
 * @param sourceFile the original, relative to the library folder
 * @param streamFile what players get, relative to the library folder; empty until converted
 * @param streamExtension "mp3" or "aac" (ADTS): the stream's format, one players take (a ready track
 *     with any other is made {@link TrackStatus#CONVERTING}, see {@link AudioFormat#playerStreams})
 * @param statusDetail why a track is not ready, in words for the user ("" when it is)
 * @param discNumber the disc of a set the track is on (its tags), 0 when unknown
 */
public record Track(String id, String sha256, String fileName, String sourceFile, AudioFormat format, long size,
        Duration duration, int bitrate, int sampleRate, int channels, boolean vbr, String title, String artist,
        String album, int trackNumber, Optional<String> coverFile, Optional<String> streamFile, String streamExtension,
        TrackStatus status, String statusDetail, Instant importedAt, int discNumber) {

    public Track {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        duration = Duration.ofMillis(duration.toMillis()); // what the catalogue stores
        Objects.requireNonNull(coverFile, "coverFile");
        Objects.requireNonNull(streamFile, "streamFile");
        Objects.requireNonNull(status, "status");
        title = Objects.requireNonNullElse(title, "");
        artist = Objects.requireNonNullElse(artist, "");
        album = Objects.requireNonNullElse(album, "");
        statusDetail = Objects.requireNonNullElse(statusDetail, "");
        streamExtension = Objects.requireNonNullElse(streamExtension, "mp3");
        if (status == TrackStatus.READY && !AudioFormat.playerStreams(streamExtension)) {
            // a row saved when M4A still counted as streamable: players refuse it, so it is not ready
            streamFile = Optional.empty();
            streamExtension = "mp3";
            status = TrackStatus.CONVERTING;
            statusDetail = "Waiting to be converted to MP3: players do not stream " + format.label() + ".";
        }
    }

    /** A track with no disc number. */
    public Track(String id, String sha256, String fileName, String sourceFile, AudioFormat format, long size,
            Duration duration, int bitrate, int sampleRate, int channels, boolean vbr, String title, String artist,
            String album, int trackNumber, Optional<String> coverFile, Optional<String> streamFile,
            String streamExtension, TrackStatus status, String statusDetail, Instant importedAt) {
        this(id, sha256, fileName, sourceFile, format, size, duration, bitrate, sampleRate, channels, vbr, title, artist,
                album, trackNumber, coverFile, streamFile, streamExtension, status, statusDetail, importedAt, 0);
    }

    public boolean streamable() {
        return status == TrackStatus.READY && streamFile.isPresent();
    }

    /** The media type players are sent. */
    public String streamMediaType() {
        return "aac".equals(streamExtension) ? "audio/aac" : "audio/mpeg";
    }

    public Track withNames(String newTitle, String newArtist) {
        return new Track(id, sha256, fileName, sourceFile, format, size, duration, bitrate, sampleRate, channels, vbr,
                newTitle, newArtist, album, trackNumber, coverFile, streamFile, streamExtension, status, statusDetail,
                importedAt, discNumber);
    }

    public Track withStream(Optional<String> file, String extension, TrackStatus newStatus, String detail) {
        return new Track(id, sha256, fileName, sourceFile, format, size, duration, bitrate, sampleRate, channels, vbr,
                title, artist, album, trackNumber, coverFile, file, extension, newStatus, detail, importedAt,
                discNumber);
    }

    /** The id a SHA-256 gives. */
    public static String idOf(String sha256) {
        return sha256.substring(0, 16);
    }
}
