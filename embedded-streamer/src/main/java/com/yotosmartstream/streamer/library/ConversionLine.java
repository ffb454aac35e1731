package com.yotosmartstream.streamer.library;

/**
 * What converting one track did.
 *
 * @param message why it failed or what is missing, in words for the user ("" on success)
 */
public record ConversionLine(String trackId, String title, Outcome outcome, String message) {

    public enum Outcome {
        CONVERTED,
        /** Only ffmpeg can convert it and ffmpeg is not installed. */
        NEEDS_FFMPEG,
        FAILED,
        CANCELLED
    }

    @Override
    public String toString() {
        return title + ": " + outcome + (message.isEmpty() ? "" : " - " + message);
    }
}
