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
 */
public record MqttOptions(Duration heartbeat, Duration statusReplyTimeout, Duration commandTimeout,
        Duration initialBackoff, Duration maxBackoff, Duration keepAlive, Duration connectTimeout,
        Duration silenceCheck) {

    public static MqttOptions defaults() {
        return new MqttOptions(Duration.ofMinutes(4), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(60), Duration.ofSeconds(15),
                Duration.ofSeconds(30));
    }

    public MqttOptions withHeartbeat(Duration value) {
        return new MqttOptions(value, statusReplyTimeout, commandTimeout, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, silenceCheck);
    }

    public MqttOptions withCommandTimeout(Duration value) {
        return new MqttOptions(heartbeat, statusReplyTimeout, value, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, silenceCheck);
    }

    public MqttOptions withStatusReplyTimeout(Duration value) {
        return new MqttOptions(heartbeat, value, commandTimeout, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, silenceCheck);
    }

    public MqttOptions withBackoff(Duration initial, Duration max) {
        return new MqttOptions(heartbeat, statusReplyTimeout, commandTimeout, initial, max, keepAlive,
                connectTimeout, silenceCheck);
    }

    public MqttOptions withSilenceCheck(Duration value) {
        return new MqttOptions(heartbeat, statusReplyTimeout, commandTimeout, initialBackoff, maxBackoff, keepAlive,
                connectTimeout, value);
    }

    /** The wait before reconnection attempt {@code attempt} (0-based), without jitter. */
    Duration backoff(int attempt) {
        long millis = initialBackoff.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
