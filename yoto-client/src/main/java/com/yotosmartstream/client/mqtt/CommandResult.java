package com.yotosmartstream.client.mqtt;

/** How a command ended. */
public enum CommandResult {
    /** The player answered OK on its {@code response} topic. */
    OK,
    /** The player answered FAIL (e.g. an ambient light on a player without one). */
    FAIL,
    /** No answer within the command timeout: the player may be asleep or offline. */
    TIMED_OUT,
    /** Not sent: the player's connection is down or closed. */
    NOT_SENT;

    /** A sentence for the user. */
    public String describe(String playerName) {
        return switch (this) {
            case OK -> playerName + " did it.";
            case FAIL -> playerName + " refused the command. It may not support it.";
            case TIMED_OUT -> playerName + " did not answer. Check that it is switched on and online, then try again.";
            case NOT_SENT -> "Not connected to " + playerName + ". Wait for the connection to come back, then try again.";
        };
    }
}
