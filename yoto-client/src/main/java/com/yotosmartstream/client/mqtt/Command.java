package com.yotosmartstream.client.mqtt;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A command for a player: its name (the topic after {@code command/}) and its JSON body (none for
 * commands that take no body). Build them with the factories; they follow Yoto's reference.
 */
public record Command(String name, JsonObject body) {

    public Command {
        Objects.requireNonNull(name, "name");
        body = body == null ? null : body.deepCopy();
    }

    /** The bytes published without a request id: the JSON body, or nothing. */
    public byte[] payload() {
        return body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The text published, carrying {@code requestId} where {@code ids} says: as a
     * {@code "requestId"} member of a JSON body, or as the whole body text of a command that takes
     * none (players echo it back verbatim as the response's {@code req_body}).
     */
    public String payloadText(String requestId, MqttOptions.RequestIds ids) {
        if (body != null) {
            if (!ids.inJsonBodies()) {
                return body.toString();
            }
            JsonObject withId = body.deepCopy();
            withId.addProperty("requestId", requestId);
            return withId.toString();
        }
        boolean idAsText = switch (ids.emptyBodies()) {
            case ALL -> true;
            case NONE -> false;
            case REQUESTS -> name.equals("events/request") || name.equals("status/request");
        };
        return idAsText ? requestId : "";
    }

    @Override
    public JsonObject body() {
        return body == null ? null : body.deepCopy();
    }

    /** Keeps the events flowing for another ~5 minutes and makes the player publish them now. */
    public static Command eventsRequest() {
        return new Command("events/request", null);
    }

    /** Makes the player publish its status. Send one at a time: back-to-back requests lose replies. */
    public static Command statusRequest() {
        return new Command("status/request", null);
    }

    /** Volume as 0-100 %, snapped to the percentage of the nearest of the player's 17 steps. */
    public static Command volume(int percent) {
        JsonObject body = new JsonObject();
        body.addProperty("volume", Volume.snap(percent));
        return new Command("volume/set", body);
    }

    /** Volume as one of the player's steps, 0-16. */
    public static Command volumeStep(int step) {
        return volume(Volume.percentFor(step));
    }

    /** The ambient (night) light colour; players without one (Yoto Mini) answer FAIL. */
    public static Command ambientLight(int red, int green, int blue) {
        JsonObject body = new JsonObject();
        body.addProperty("r", channel(red));
        body.addProperty("g", channel(green));
        body.addProperty("b", channel(blue));
        return new Command("ambients/set", body);
    }

    /** Starts the sleep timer; {@link Duration#ZERO} turns it off. */
    public static Command sleepTimer(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A sleep timer cannot be negative");
        }
        JsonObject body = new JsonObject();
        body.addProperty("seconds", duration.toSeconds());
        return new Command("sleep-timer/set", body);
    }

    public static Command reboot() {
        return new Command("reboot", null);
    }

    public static Command start(CardStart start) {
        return new Command("card/start", start.toJson());
    }

    public static Command stop() {
        return new Command("card/stop", null);
    }

    public static Command pause() {
        return new Command("card/pause", null);
    }

    public static Command resume() {
        return new Command("card/resume", null);
    }

    public static Command bluetooth(boolean on) {
        return new Command(on ? "bluetooth/on" : "bluetooth/off", null);
    }

    /**
     * Shows an icon on the player's display for a while.
     *
     * @param iconUri e.g. {@code yoto:#<mediaId>} or an https address of a 16x16 image
     */
    public static Command displayPreview(String iconUri, Duration timeout, boolean animated) {
        JsonObject body = new JsonObject();
        body.addProperty("uri", Objects.requireNonNull(iconUri, "iconUri"));
        body.addProperty("timeout", Math.max(1, timeout.toSeconds()));
        body.addProperty("animated", animated ? 1 : 0);
        return new Command("display/preview", body);
    }

    private static int channel(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("A colour channel is 0-255, got " + value);
        }
        return value;
    }
}
