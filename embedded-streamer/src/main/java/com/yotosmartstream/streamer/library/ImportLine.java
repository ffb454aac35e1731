package com.yotosmartstream.streamer.library;

import java.util.Optional;

/**
 * One file's line in an import report.
 *
 * @param file the file as the user knows it (its path)
 * @param message what happened, in words for the user ("" for a plain success)
 * @param trackId the track it became or already was
 */
public record ImportLine(String file, Outcome outcome, String message, Optional<String> trackId) {

    public enum Outcome {
        IMPORTED("Imported"),
        /** The same bytes were already in the library. */
        DUPLICATE("Already there"),
        FAILED("Not imported"),
        /** The user cancelled before this file was imported. */
        CANCELLED("Cancelled");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return outcome.label() + ": " + file + (message.isEmpty() ? "" : " - " + message);
    }
}
