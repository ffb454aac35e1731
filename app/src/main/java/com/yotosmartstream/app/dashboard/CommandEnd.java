package com.yotosmartstream.app.dashboard;

import com.yotosmartstream.client.mqtt.CommandResult;

/**
 * How a command sent from a tile ended, in the words the tile shows ("Volume 9/16: done"); the
 * remote page shows the same (ADR 0069).
 */
public record CommandEnd(CommandResult result, String text) {
}
