package com.yotosmartstream.client.mqtt;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.yotosmartstream.client.player.Merge;
import com.yotosmartstream.client.player.PlayerField;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.player.PlayerStates;
import com.yotosmartstream.client.player.Presence;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one MQTT message into the work it implies. {@link #route} parses on the caller's thread
 * (a Paho callback) and returns the work to hand off; nothing here publishes or blocks. A message
 * that is not strict JSON of the expected shape is counted, logged and dropped whole.
 */
final class MessageRouter {

    private static final Logger LOG = LoggerFactory.getLogger(MessageRouter.class);
    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    /** What a player's connection does with responses. */
    interface Responses {
        /** Answers pending commands. */
        void answer(JsonObject status);

        /** A status arrived, so the next status request may go. */
        void statusArrived();
    }

    private final PlayerStates states;
    private final MessageStats stats;
    private final TwinStreams twins;
    private final java.util.List<MessageListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    MessageRouter(PlayerStates states, MessageStats stats, java.time.Duration twinWindow) {
        this.states = states;
        this.stats = stats;
        this.twins = new TwinStreams(twinWindow);
    }

    AutoCloseable addListener(MessageListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * The work for one message: {@code work} does what the message says and returns what of it
     * was taken (told to the listeners), or null when nothing was (a twin already applied).
     */
    private Optional<Runnable> tell(String deviceId, Topics.Kind kind, java.util.function.Supplier<JsonObject> work) {
        return Optional.of(() -> {
            JsonObject taken;
            try {
                taken = work.get();
            } finally {
                stats.done();
            }
            if (taken == null) {
                stats.twin();
                return;
            }
            if (!listeners.isEmpty()) {
                java.time.Instant at = states.clock().instant();
                for (MessageListener listener : listeners) {
                    try {
                        listener.received(deviceId, kind, taken, at);
                    } catch (RuntimeException e) {
                        LOG.error("A message listener failed", e);
                    }
                }
            }
        });
    }

    Optional<Runnable> route(String topic, byte[] payload, Responses responses) {
        Optional<Topics.Parsed> parsed = Topics.parse(topic);
        if (parsed.isEmpty()) {
            stats.ignored();
            return Optional.empty();
        }
        stats.received();
        String deviceId = parsed.get().deviceId();
        Topics.Kind kind = parsed.get().kind();
        JsonObject json;
        try {
            json = strictObject(payload);
        } catch (IOException | RuntimeException e) {
            return malformed(deviceId, kind, payload, e.getMessage());
        }
        return switch (kind) {
            case EVENTS, LEGACY_EVENTS -> tell(deviceId, kind, () -> {
                if (!twins.takeEvents(deviceId, kind == Topics.Kind.LEGACY_EVENTS, json, states.clock().instant())) {
                    return null;
                }
                merge(deviceId, PlayerField.Source.EVENTS, json);
                return json;
            });
            case STATUS, FULL_STATUS, LEGACY_STATUS -> {
                JsonElement inner = json.get("status");
                if (inner != null && !inner.isJsonObject()) {
                    yield malformed(deviceId, kind, payload, "'status' is not an object");
                }
                JsonObject status = inner == null ? json : inner.getAsJsonObject();
                yield tell(deviceId, kind, () -> status(deviceId, kind, json, status, responses));
            }
            case PRESENCE -> {
                JsonElement state = json.get("state");
                String value = state != null && state.isJsonPrimitive() ? state.getAsString() : "";
                if (!value.equals("online") && !value.equals("offline")) {
                    yield malformed(deviceId, kind, payload, "presence 'state' is neither online nor offline");
                }
                Presence presence = value.equals("online") ? Presence.ONLINE : Presence.OFFLINE;
                yield tell(deviceId, kind, () -> {
                    states.presence(deviceId, presence);
                    stats.applied();
                    return json;
                });
            }
            case RESPONSE -> {
                JsonElement status = json.get("status");
                if (status == null || !status.isJsonObject()) {
                    yield malformed(deviceId, kind, payload, "no 'status' object");
                }
                yield tell(deviceId, kind, () -> {
                    responses.answer(status.getAsJsonObject());
                    stats.applied();
                    return json;
                });
            }
        };
    }

    /**
     * A status: {@code data/status} whole; the legacy one for what it alone carries (all of it
     * until the player has sent a {@code data/status}); a {@code shutDown} other than {@code nA}
     * in a legacy or full status takes the player offline at once, and nothing else of that
     * message is merged (as yoto-nodejs-client does, lib/yoto-device.js {@code #handleLegacyStatus}).
     */
    private JsonObject status(String deviceId, Topics.Kind kind, JsonObject message, JsonObject status,
            Responses responses) {
        if (kind != Topics.Kind.STATUS) {
            JsonElement shutDown = status.get(PlayerField.SHUT_DOWN.wireName());
            if (shutDown != null && shutDown.isJsonPrimitive() && !shutDown.getAsString().equals(PlayerState.RUNNING)) {
                states.shutdown(deviceId, shutDown.getAsString());
                stats.applied();
                LOG.info("Player {} is switching off ({})", deviceId, shutDown.getAsString());
                return message;
            }
        }
        if (kind == Topics.Kind.LEGACY_STATUS) {
            JsonObject part = twins.legacyStatus(deviceId, status);
            if (part.size() == 0) {
                return null;
            }
            merge(deviceId, PlayerField.Source.STATUS, part);
            if (part == status) {
                // a player that has sent no data/status answers status requests here, if at all
                responses.statusArrived();
                return message;
            }
            JsonObject taken = new JsonObject();
            taken.add("status", part);
            return taken;
        }
        if (kind == Topics.Kind.STATUS) {
            twins.dataStatus(deviceId);
        }
        merge(deviceId, PlayerField.Source.STATUS, status);
        responses.statusArrived();
        return message;
    }

    private void merge(String deviceId, PlayerField.Source source, JsonObject delta) {
        Merge merge = states.merge(deviceId, source, delta);
        stats.applied();
        if (!merge.rejected().isEmpty()) {
            stats.rejectedFields(merge.rejected().size());
            LOG.warn("Player {} sent fields of the wrong type, kept their old values: {}", deviceId, merge.rejected());
        }
        if (!merge.unknown().isEmpty()) {
            stats.unknownFields(merge.unknown().size());
            LOG.debug("Player {} sent fields this version does not know: {}", deviceId, merge.unknown());
        }
    }

    private Optional<Runnable> malformed(String deviceId, Topics.Kind kind, byte[] payload, String reason) {
        long count = stats.malformed();
        if (count <= 10 || count % 1000 == 0) {
            LOG.warn("Dropped a malformed {} message from player {} ({} bytes, {}); {} so far", kind.suffix(), deviceId,
                    payload.length, reason, count);
        }
        stats.done();
        return Optional.empty();
    }

    /** Strict JSON (no lenient extensions, nothing after the value), and an object. */
    static JsonObject strictObject(byte[] payload) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8", e);
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement element = JSON.read(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new IOException("text after the JSON");
        }
        if (element == null || !element.isJsonObject()) {
            throw new IOException("not a JSON object");
        }
        return element.getAsJsonObject();
    }
}
