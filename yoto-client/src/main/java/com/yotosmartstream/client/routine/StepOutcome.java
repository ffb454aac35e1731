package com.yotosmartstream.client.routine;

/**
 * What one step did on one player.
 *
 * @param detail why it failed, in a sentence (empty when done or skipped: the result says why)
 */
public record StepOutcome(String deviceId, String player, int stepIndex, String step, Result result, String detail) {

    /** How a step ended on a player. */
    public enum Result {
        DONE, FAILED, OFFLINE;

        public String label() {
            return switch (this) {
                case DONE -> "done";
                case FAILED -> "failed";
                case OFFLINE -> "skipped, player offline";
            };
        }
    }

    /** "Bedroom: Volume 5: done", "Kitchen: Night light #f57399: failed - Kitchen has no night light", "Attic: Volume 5: skipped, player offline". */
    public String describe() {
        return player + ": " + step + ": " + result.label() + (detail.isEmpty() ? "" : " - " + detail);
    }
}
