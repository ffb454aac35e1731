package com.yotosmartstream.client.traffic;

import java.util.Objects;

/**
 * A {@link TrafficTap} that forwards to whatever tap is attached, or to none: the client holds one
 * for its whole life and a recorder is attached and detached as the user starts and stops it.
 * Thread-safe; forwarding costs one volatile read.
 */
public final class TrafficSwitch implements TrafficTap {

    private volatile TrafficTap target = TrafficTap.NONE;

    /** From now on, traffic goes to {@code tap} (replacing any other). */
    public synchronized void attach(TrafficTap tap) {
        target = Objects.requireNonNull(tap, "tap");
    }

    /** Stops forwarding to {@code tap}, if it is the one attached. */
    public synchronized void detach(TrafficTap tap) {
        if (target == tap) {
            target = TrafficTap.NONE;
        }
    }

    /** Whether a tap is attached. */
    public boolean attached() {
        return target != TrafficTap.NONE;
    }

    @Override
    public void mqttOut(String topic, byte[] payload) {
        target.mqttOut(topic, payload);
    }

    @Override
    public void mqttIn(String topic, byte[] payload) {
        target.mqttIn(topic, payload);
    }

    @Override
    public void restOut(String method, String path, byte[] body, String contentType) {
        target.restOut(method, path, body, contentType);
    }

    @Override
    public void restIn(String method, String path, int status, String body) {
        target.restIn(method, path, status, body);
    }
}
