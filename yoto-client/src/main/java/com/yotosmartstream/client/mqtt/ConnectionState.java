package com.yotosmartstream.client.mqtt;

/** Where a player's MQTT connection is. */
public enum ConnectionState {
    CONNECTING, CONNECTED, WAITING_TO_RETRY, SIGNED_OUT, CLOSED
}
