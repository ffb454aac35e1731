package com.yotosmartstream.client.mqtt;

import com.google.gson.JsonObject;
import java.time.Instant;

/** Told of every well-formed message from a player (for event logs), on the inbound MQTT thread. */
@FunctionalInterface
public interface MessageListener {

    /** @param message the parsed message; do not modify it */
    void received(String deviceId, Topics.Kind kind, JsonObject message, Instant at);
}
