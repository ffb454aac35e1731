package com.yotosmartstream.client.mqtt;

/**
 * Players take volume as 0-100 % and report it as 0-16 steps; the app shows and sets the
 * percentages the player will actually use (the usual snap table).
 */
public final class Volume {

    public static final int MAX_STEP = 16;
    private static final int[] PERCENT_FOR_STEP = {0, 7, 13, 19, 25, 32, 38, 44, 50, 57, 63, 69, 75, 82, 88, 94, 100};

    private Volume() {
    }

    /** The percentage a step stands for. */
    public static int percentFor(int step) {
        return PERCENT_FOR_STEP[clamp(step, 0, MAX_STEP)];
    }

    /** The step nearest to a percentage (ties go up). */
    public static int stepFor(int percent) {
        int p = clamp(percent, 0, 100);
        int best = 0;
        for (int step = 1; step <= MAX_STEP; step++) {
            if (Math.abs(PERCENT_FOR_STEP[step] - p) <= Math.abs(PERCENT_FOR_STEP[best] - p)) {
                best = step;
            }
        }
        return best;
    }

    /** The percentage snapped to the table. */
    public static int snap(int percent) {
        return percentFor(stepFor(percent));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
