package com.yotosmartstream.client.sim;

import com.google.gson.JsonObject;
import java.util.Optional;

/** A virtual player's sleep timer: set in seconds ({@code 0} turns it off), counted down by the player's time. */
final class SleepTimer {

    private boolean active;
    private double seconds;

    /** Sets it; returns the events delta that says so. */
    JsonObject set(int newSeconds) {
        active = newSeconds > 0;
        seconds = newSeconds;
        JsonObject delta = new JsonObject();
        delta.addProperty("sleepTimerActive", active);
        delta.addProperty("sleepTimerSeconds", newSeconds);
        return delta;
    }

    /** Counts down; the delta to publish when it has just run out. */
    Optional<JsonObject> tick(double elapsed) {
        if (!active) {
            return Optional.empty();
        }
        seconds -= elapsed;
        return seconds <= 0 ? Optional.of(set(0)) : Optional.empty();
    }

    boolean active() {
        return active;
    }

    /** Whole seconds left. */
    long remaining() {
        return (long) Math.ceil(seconds);
    }
}
