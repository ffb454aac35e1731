package com.yotosmartstream.client.traffic;

/**
 * Told of the player traffic the client sends and receives, for the recorder. The client calls it
 * on its own threads (Paho's callback thread included), so an implementation must only copy and
 * queue, never block or touch a file. Nothing here is redacted yet: an implementation must redact
 * before anything reaches a disk or a log ({@link Redactor}).
 */
public interface TrafficTap {

    /** Does nothing: the client's tap while nothing records. */
    TrafficTap NONE = new TrafficTap() {
        @Override
        public void mqttOut(String topic, byte[] payload) {
        }

        @Override
        public void mqttIn(String topic, byte[] payload) {
        }

        @Override
        public void restOut(String method, String path, byte[] body, String contentType) {
        }

        @Override
        public void restIn(String method, String path, int status, String body) {
        }
    };

    /** A command published to a player ({@code payload} may be empty; do not modify it). */
    void mqttOut(String topic, byte[] payload);

    /** A message that arrived from the broker, before it is parsed (do not modify the payload). */
    void mqttIn(String topic, byte[] payload);

    /**
     * A REST request (its path and query, relative to the API base; no headers).
     *
     * @param body        the body, or null when there is none
     * @param contentType the body's type, or null
     */
    void restOut(String method, String path, byte[] body, String contentType);

    /** A REST answer: its status and body. */
    void restIn(String method, String path, int status, String body);
}
