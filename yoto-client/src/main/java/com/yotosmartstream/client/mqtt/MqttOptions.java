package com.yotosmartstream.client.mqtt;

import java.time.Duration;

/**
 * Timings of the MQTT client. {@link #defaults()} follows the platform; tests shorten them.
 *
 * @param heartbeat how often {@code events/request} is re-sent (events lapse ~5 min after the last)
 * @param statusReplyTimeout how long a status request may stay unanswered before the next is sent
 * @param commandTimeout how long a command waits for its {@code response}
 * @param initialBackoff the first wait before reconnecting; doubles each failure
 * @param maxBackoff the longest wait between reconnection attempts
 * @param keepAlive the MQTT keep-alive interval
 * @param connectTimeout how long one connection attempt may take
 * @param silenceCheck how often players are checked for having fallen silent
 * @param twinWindow how far apart a message and its legacy-topic twin may arrive (captured: 0.17 s)
 * @param requestIds where commands carry their request id
 */
public record MqttOptions(Duration heartbeat, Duration statusReplyTimeout, Duration commandTimeout,
        Duration initialBackoff, Duration maxBackoff, Duration keepAlive, Duration connectTimeout,
        Duration silenceCheck, Duration twinWindow, RequestIds requestIds) {

    /**
     * Where a command's request id goes, so that the {@code response} (whose {@code req_body}
     * echoes the body sent, verbatim) names it.
     *
     * @param inJsonBodies a {@code "requestId"} member in JSON bodies (as cdnninja/yoto_api sends
     *     {@code {"requestId": ...}} to {@code command/status}); not captured for other commands
     * @param emptyBodies which commands without a body carry the id as their body text
     */
    public record RequestIds(boolean inJsonBodies, EmptyBodies emptyBodies) {

        /** The id in JSON bodies, and as the text body of events and status requests only. */
        public static RequestIds defaults() {
            return new RequestIds(true, EmptyBodies.REQUESTS);
        }
    }

    /** Which commands that take no body are sent with the request id as body text. */
    public enum EmptyBodies {
        /**
         * {@code events/request} and {@code status/request}, as bcomnes/yoto-nodejs-client does
         * (bin/devices.js sends {@code interactive-<ms>}; a Yoto Mini answered
         * {@code {"status":{"events":"OK","req_body":"interactive-1766520307411"}}}, captured).
         * The others go empty, as that client sends them.
         */
        REQUESTS,
        /** Every command without a body (not captured for card/stop, card/pause and the like). */
        ALL,
        /** None: replies to them are matched by name, then oldest first. */
        NONE
    }

    public static MqttOptions defaults() {
        return new MqttOptions(Duration.ofMinutes(4), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(60), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofSeconds(2), RequestIds.defaults());
    }

    public MqttOptions withTwinWindow(Duration value) {
        return new MqttOptions(heartbeat, statusReplyTimeout, commandTimeout, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, silenceCheck, value, requestIds);
    }

    public MqttOptions withRequestIds(RequestIds value) {
        return new MqttOptions(heartbeat, statusReplyTimeout, commandTimeout, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, silenceCheck, twinWindow, value);
    }

    public MqttOptions withHeartbeat(Duration value) {
        return new MqttOptions(value, statusReplyTimeout, commandTimeout, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, silenceCheck, twinWindow, requestIds);
    }

    public MqttOptions withCommandTimeout(Duration value) {
        return new MqttOptions(heartbeat, statusReplyTimeout, value, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, silenceCheck, twinWindow, requestIds);
    }

    public MqttOptions withStatusReplyTimeout(Duration value) {
        return new MqttOptions(heartbeat, value, commandTimeout, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, silenceCheck, twinWindow, requestIds);
    }

    public MqttOptions withBackoff(Duration initial, Duration max) {
        return new MqttOptions(heartbeat, statusReplyTimeout, commandTimeout, initial, max, keepAlive,
                connectTimeout, silenceCheck, twinWindow, requestIds);
    }

    public MqttOptions withSilenceCheck(Duration value) {
        return new MqttOptions(heartbeat, statusReplyTimeout, commandTimeout, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, value, twinWindow, requestIds);
    }

    /** The wait before reconnection attempt {@code attempt} (0-based), without jitter. */
    Duration backoff(int attempt) {
        long millis = initialBackoff.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
