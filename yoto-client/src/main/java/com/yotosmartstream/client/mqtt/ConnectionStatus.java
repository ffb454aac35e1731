package com.yotosmartstream.client.mqtt;

import java.util.Optional;

/**
 * A player connection's state, and in words why, when it is not connected.
 *
 * @param attempts failed attempts since the last good connection
 */
public record ConnectionStatus(String deviceId, ConnectionState state, Optional<String> reason, int attempts) {

    public boolean connected() {
        return state == ConnectionState.CONNECTED;
    }
}
