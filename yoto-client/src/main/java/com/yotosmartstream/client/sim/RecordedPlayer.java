package com.yotosmartstream.client.sim;

import com.yotosmartstream.client.mqtt.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A player in the simulated household whose messages come from elsewhere: a replayed recording
 * ({@link com.yotosmartstream.client.traffic.TrafficReplay}) or a test speaking for it. It is in
 * the account like any player; what it is sent is kept, and a responder (if set) answers it.
 */
public final class RecordedPlayer {

    /** A command the player was sent: its name (the topic after {@code command/}) and body text. */
    public record Received(String command, String body) {
    }

    private final String deviceId;
    private final SimulatedBroker broker;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile BiFunction<String, String, Optional<String>> responder = (command, body) -> Optional.empty();

    RecordedPlayer(String deviceId, SimulatedBroker broker) {
        this.deviceId = deviceId;
        this.broker = broker;
    }

    public String deviceId() {
        return deviceId;
    }

    /** Publishes as the player, on {@code device/<id>/<suffix>} (e.g. {@code data/events}). */
    public void publish(String suffix, String payload) {
        broker.publish("device/" + deviceId + "/" + suffix, payload.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Answers each command with what {@code responder} returns for (command, body text): a
     * {@code response} payload, or empty for none.
     */
    public void answerWith(BiFunction<String, String, Optional<String>> responder) {
        this.responder = responder;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    void command(String topic, byte[] payload) {
        Optional<String> name = Topics.commandName(deviceId, topic);
        if (name.isEmpty()) {
            return;
        }
        String body = new String(payload, StandardCharsets.UTF_8);
        received.add(new Received(name.get(), body));
        responder.apply(name.get(), body).ifPresent(reply -> publish(Topics.Kind.RESPONSE.suffix(), reply));
    }
}
