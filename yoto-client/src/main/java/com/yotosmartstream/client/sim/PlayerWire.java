package com.yotosmartstream.client.sim;

import com.google.gson.JsonObject;
import com.yotosmartstream.client.mqtt.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How a {@link VirtualPlayer} speaks, as a Yoto Mini was captured speaking (fw v2.23.2,
 * bcomnes/yoto-nodejs-client {@code collected-data/}) and as {@link PlayerModel} says where no
 * capture settles it:
 * <ul>
 * <li>every events delta twice, on legacy {@code events} and {@code data/events};</li>
 * <li>the long legacy {@code status} ({@code statusVersion} 3, with {@code shutDown}: {@code nA}
 *     running, {@code userShutdown} switching off) when switched on and off; a partial legacy
 *     status (battery, up time) with the short {@code data/status} ({@code statusVersion} 1) every
 *     5 minutes; statuses report {@code volume} (system) and {@code userVolume} in %;</li>
 * <li>a {@code status/request} answered on {@code data/status} only (yoto-nodejs-client
 *     lib/mqtt/topics.js: the legacy topic "does NOT respond to requestStatus()") after
 *     {@link PlayerModel#statusReplyDelay}, a request before that losing the earlier answer;</li>
 * <li>command replies under the firmware's names with {@code req_body} the body as sent.</li>
 * </ul>
 */
final class PlayerWire {

    /** What a status says about the player, taken from it when the status goes out. */
    record StatusFacts(int batteryLevel, boolean charging, String activeCard, int cardInserted, int playingStatus,
            int volumeStep, int systemVolume, String nightlight, long upTimeSeconds, boolean day) {
    }

    private final String deviceId;
    private final PlayerModel model;
    private final Clock clock;
    private final VirtualPlayer.Publisher out;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger statusRepliesLost = new AtomicInteger();
    private ScheduledFuture<?> statusReply;

    PlayerWire(String deviceId, PlayerModel model, Clock clock, VirtualPlayer.Publisher out,
            ScheduledExecutorService scheduler) {
        this.deviceId = deviceId;
        this.model = model;
        this.clock = clock;
        this.out = out;
        this.scheduler = scheduler;
    }

    PlayerModel model() {
        return model;
    }

    int statusRepliesLost() {
        return statusRepliesLost.get();
    }

    /** An events delta, stamped with {@code eventUtc} (seconds), on both topics. */
    void events(JsonObject delta) {
        delta.addProperty("eventUtc", clock.millis() / 1000);
        twice(Topics.Kind.LEGACY_EVENTS, Topics.Kind.EVENTS, delta);
    }

    /**
     * The answer to a command: {@code {"status":{"<name>":"OK"|"FAIL","req_body":"<body>"}}}, the
     * body echoed verbatim as a string ({@code ""} for an empty one), as captured.
     */
    void reply(String command, boolean ok, String requestBody) {
        JsonObject status = new JsonObject();
        status.addProperty(model.replyName(command), ok ? "OK" : "FAIL");
        status.addProperty("req_body", requestBody);
        send(Topics.Kind.RESPONSE, wrap(status));
    }

    /** {@code {"state":"online"|"offline","ts":ms}} (yoto-platform notes; not in the capture). */
    void presence(boolean online) {
        JsonObject presence = new JsonObject();
        presence.addProperty("state", online ? "online" : "offline");
        presence.addProperty("ts", clock.millis());
        send(Topics.Kind.PRESENCE, presence);
    }

    /** Switched on: the long legacy status (running) and the short one, as captured after power-on. */
    void started(StatusFacts facts) {
        legacy(longStatus(facts, "nA"));
        data(shortStatus(facts, false));
    }

    /** Switching off: the long legacy status naming why (captured: {@code userShutdown}). */
    void shuttingDown(StatusFacts facts, String reason) {
        cancelStatusReply();
        legacy(longStatus(facts, reason));
    }

    /** The periodic push (captured every ~5 min): a partial legacy status, then the short one. */
    void periodic(StatusFacts facts) {
        legacy(partialStatus(facts));
        data(shortStatus(facts, false));
    }

    /** A change the short status carries (battery, charging), pushed like the periodic one. */
    void changed(StatusFacts facts) {
        periodic(facts);
    }

    /** A change only the legacy status carries (the night light's colour); not captured. */
    void legacyChanged(StatusFacts facts) {
        legacy(partialStatus(facts));
    }

    /** A {@code status/request}: answered after the model's delay; an earlier unanswered one is lost. */
    synchronized void statusRequested(Supplier<StatusFacts> facts) {
        if (model.statusReplyDelay().isZero() || model.statusReplyDelay().isNegative()) {
            requestedReply(facts.get());
            return;
        }
        if (statusReply != null && !statusReply.isDone() && model.loseBackToBackStatus()
                && statusReply.cancel(false)) {
            statusRepliesLost.incrementAndGet();
        }
        statusReply = scheduler.schedule(() -> requestedReply(facts.get()), model.statusReplyDelay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void cancelStatusReply() {
        if (statusReply != null) {
            statusReply.cancel(false);
        }
    }

    /** A requested status also names the night light (yoto-nodejs-client: "only in requested status"). */
    private void requestedReply(StatusFacts facts) {
        JsonObject status = shortStatus(facts, true);
        if (model.topics() == PlayerModel.TopicSet.LEGACY_ONLY) {
            send(Topics.Kind.LEGACY_STATUS, wrap(status)); // not captured: where legacy-only firmware answers
        } else {
            send(Topics.Kind.STATUS, wrap(status));
        }
    }

    private JsonObject shortStatus(StatusFacts facts, boolean requested) {
        JsonObject status = new JsonObject();
        status.addProperty("statusVersion", 1);
        status.addProperty("fwVersion", model.firmware());
        status.addProperty("productType", model.productType());
        status.addProperty("batteryLevel", facts.batteryLevel());
        status.addProperty("als", model.lightSensor() ? 336 : 0);
        status.addProperty("shutdownTimeout", 3600);
        status.addProperty("charging", facts.charging() ? 1 : 0);
        status.addProperty("activeCard", facts.activeCard());
        status.addProperty("cardInserted", facts.cardInserted());
        status.addProperty("playingStatus", facts.playingStatus());
        status.addProperty("headphones", 0);
        status.addProperty("bluetoothHp", 0);
        status.addProperty("volume", facts.systemVolume());
        status.addProperty("userVolume", userVolume(facts.volumeStep()));
        status.addProperty("timeFormat", "12");
        status.addProperty("day", facts.day() ? 1 : 0); // 1 day, 0 night (platform notes; nodejs devices.js)
        if (requested) {
            status.addProperty("nightlightMode", nightlight(facts));
        }
        return status;
    }

    private JsonObject longStatus(StatusFacts facts, String shutDown) {
        JsonObject status = shortStatus(facts, false);
        status.addProperty("statusVersion", 3);
        status.addProperty("shutDown", shutDown);
        status.addProperty("wifiStrength", -52);
        status.addProperty("ssid", "SimulatedWiFi");
        status.addProperty("powerSrc", facts.charging() ? 1 : 0);
        status.addProperty("upTime", facts.upTimeSeconds());
        status.addProperty("utcTime", clock.millis() / 1000);
        status.addProperty("nightlightMode", nightlight(facts));
        return status;
    }

    /** As captured: battery and clock fields only; a v3e's also named the night light (yoto_ha #188). */
    private JsonObject partialStatus(StatusFacts facts) {
        JsonObject status = new JsonObject();
        status.addProperty("batteryLevel", facts.batteryLevel());
        status.addProperty("upTime", facts.upTimeSeconds());
        status.addProperty("utcTime", clock.millis() / 1000);
        if (model.ambientLight()) {
            status.addProperty("nightlightMode", nightlight(facts));
        }
        return status;
    }

    private String nightlight(StatusFacts facts) {
        return model.ambientLight() ? facts.nightlight() : "off";
    }

    /**
     * The user's volume in %: the capture shows 50 at step 8 and 43 at step 7 of 16, i.e. the
     * step times 100/16, rounded down.
     */
    static int userVolume(int step) {
        return step * 100 / 16;
    }

    private void legacy(JsonObject status) {
        if (model.topics() != PlayerModel.TopicSet.DATA_ONLY) {
            send(Topics.Kind.LEGACY_STATUS, wrap(status));
        }
    }

    private void data(JsonObject status) {
        if (model.topics() != PlayerModel.TopicSet.LEGACY_ONLY) {
            send(Topics.Kind.STATUS, wrap(status));
        }
    }

    private void twice(Topics.Kind legacy, Topics.Kind data, JsonObject message) {
        boolean withLegacy = model.topics() != PlayerModel.TopicSet.DATA_ONLY;
        boolean withData = model.topics() != PlayerModel.TopicSet.LEGACY_ONLY;
        if (withLegacy && model.legacyFirst()) {
            send(legacy, message);
        }
        if (withData) {
            send(data, message);
        }
        if (withLegacy && !model.legacyFirst()) {
            send(legacy, message);
        }
    }

    private static JsonObject wrap(JsonObject status) {
        JsonObject message = new JsonObject();
        message.add("status", status);
        return message;
    }

    private void send(Topics.Kind kind, JsonObject message) {
        out.publish(Topics.of(deviceId, kind), message.toString().getBytes(StandardCharsets.UTF_8));
    }
}
