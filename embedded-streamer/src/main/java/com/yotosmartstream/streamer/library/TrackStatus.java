package com.yotosmartstream.streamer.library;

/** Where a track stands on its way to the players. */
public enum TrackStatus {
    /** Streamable now. */
    READY("Ready"),
    /** Waiting to be converted to MP3 (or normalised). */
    CONVERTING("Converting"),
    /** Only ffmpeg can convert it, and ffmpeg is not installed. */
    NEEDS_FFMPEG("Needs ffmpeg"),
    /** Conversion failed; the detail says why. */
    FAILED("Cannot convert");

    private final String label;

    TrackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static TrackStatus fromId(String id) {
        for (TrackStatus status : values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        return FAILED;
    }
}
