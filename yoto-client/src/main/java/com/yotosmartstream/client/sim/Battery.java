package com.yotosmartstream.client.sim;

/**
 * A virtual player's battery: drains 1 % per 3 minutes while playing and per 20 minutes idle,
 * charges 1 % a minute on the dock (simulation figures, not measured).
 */
final class Battery {

    private double level = 80;
    private boolean charging;

    int percent() {
        return (int) Math.floor(level);
    }

    void set(int percent) {
        level = Math.max(0, Math.min(100, percent));
    }

    boolean charging() {
        return charging;
    }

    void charging(boolean on) {
        charging = on;
    }

    /** Moves time on; true when the battery has just run out. */
    boolean tick(double seconds, boolean playing) {
        int before = percent();
        if (charging) {
            level = Math.min(100, level + seconds / 60.0);
        } else {
            level = Math.max(0, level - seconds / (playing ? 180 : 1200));
        }
        return percent() != before && level <= 0;
    }
}
