package com.yotosmartstream.client.routine;

/**
 * What one step did on one player.
 *
 * @param detail why it failed or was skipped, in a sentence (empty when done)
 */
public record StepOutcome(String deviceId, String player, int stepIndex, String step, Result result, String detail) {

    /** How a step ended on a player. */
    public enum Result {
        DONE, FAILED, OFFLINE;

        public String label() {
            return switch (this) {
                case DONE -> "done";
                case FAILED -> "failed";
                case OFFLINE -> "skipped (offline)";
            };
        }
    }

    /** "Bedroom: Volume 5: done", "Kitchen: Night light #f57399: failed: it has no night light". */
    public String describe() {
        return player + ": " + step + ": " + result.label() + (detail.isEmpty() ? "" : " - " + detail);
    }
}
