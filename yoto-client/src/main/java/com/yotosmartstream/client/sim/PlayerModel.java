package com.yotosmartstream.client.sim;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What kind of player a {@link VirtualPlayer} is and how its firmware speaks. {@link #player3()}
 * and {@link #mini()} differ as the real ones do; whatever no capture settles is a setting here
 * (and says so), so tests can try each way a real player might behave.
 *
 * @param family the REST {@code deviceFamily} ({@code v3}, {@code mini})
 * @param productType the status's {@code productType}: {@code mini} is captured (Yoto Mini, fw
 *     v2.23.2); the 3rd-gen Player's is not captured (the REST device list calls it
 *     {@code deviceType: "v3e"}, cdnninja/yoto_ha #188), so {@code v3} here is an assumption
 * @param firmware the status's {@code fwVersion}
 * @param ambientLight whether it has the ambient (night) light: the Mini has none
 *     (cdnninja/yoto_api capabilities.py: {@code mini} has no ambient light and no light sensor,
 *     {@code v3} has both); an {@code ambients/set} to one without answers FAIL (not captured)
 * @param lightSensor whether {@code als} reads the room (the Mini reports {@code als: 0}; a v3e
 *     reported 336 in cdnninja/yoto_ha #188)
 * @param topics which topics the firmware publishes on: both (current firmware, captured), or
 *     one of them (not captured; for trying the client's fallback)
 * @param legacyFirst whether the legacy twin goes out before the {@code data/*} one (the capture
 *     shows both orders, legacy first in 5 of 6 pairs)
 * @param replyNames the name each command is answered under on {@code response}: {@code events},
 *     {@code card-play}, {@code card-pause}, {@code set-volume} are known (capture, yoto_ha #262,
 *     yoto-platform notes); the others are not published, and answer under the topic's name here
 * @param statusReplyDelay how long a {@code status/request} takes to be answered (cdnninja/yoto_api
 *     mqtt/client.py: "Replies land in ~0.4s")
 * @param loseBackToBackStatus whether a status request arriving before the last one was answered
 *     loses that answer (cdnninja/yoto_api PR #201: back-to-back requests drop a reply; which of
 *     the two is lost is not recorded: here the earlier)
 */
public record PlayerModel(String family, String productType, String firmware, boolean ambientLight,
        boolean lightSensor, TopicSet topics, boolean legacyFirst, Map<String, String> replyNames,
        Duration statusReplyDelay, boolean loseBackToBackStatus) {

    /** Which topics a player publishes its events and statuses on. */
    public enum TopicSet { BOTH, DATA_ONLY, LEGACY_ONLY }

    /** The reply names real players are known to use (see {@link #replyNames}). */
    public static final Map<String, String> KNOWN_REPLY_NAMES = Map.of("events/request", "events", "card/start",
            "card-play", "card/pause", "card-pause", "volume/set", "set-volume");

    public PlayerModel {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(topics, "topics");
        replyNames = Map.copyOf(replyNames);
        Objects.requireNonNull(statusReplyDelay, "statusReplyDelay");
    }

    /** A Yoto Player (3rd gen): ambient light and light sensor; fw as a v3e reported (cdnninja/yoto_ha #188). */
    public static PlayerModel player3() {
        return new PlayerModel("v3", "v3", "v2.22.5", true, true, TopicSet.BOTH, true, KNOWN_REPLY_NAMES,
                Duration.ofMillis(400), true);
    }

    /** A Yoto Mini as captured (fw v2.23.2, {@code productType: "mini"}): no ambient light, no light sensor. */
    public static PlayerModel mini() {
        return new PlayerModel("mini", "mini", "v2.23.2", false, false, TopicSet.BOTH, true, KNOWN_REPLY_NAMES,
                Duration.ofMillis(400), true);
    }

    /** The model for a REST {@code deviceFamily}: {@code mini}, else a 3rd-gen Player. */
    public static PlayerModel forFamily(String family) {
        return "mini".equals(family) ? mini() : player3();
    }

    /** The name {@code command} is answered under. */
    public String replyName(String command) {
        return replyNames.getOrDefault(command, command);
    }

    public PlayerModel withTopics(TopicSet value) {
        return new PlayerModel(family, productType, firmware, ambientLight, lightSensor, value, legacyFirst, replyNames,
                statusReplyDelay, loseBackToBackStatus);
    }

    public PlayerModel withLegacyFirst(boolean value) {
        return new PlayerModel(family, productType, firmware, ambientLight, lightSensor, topics, value, replyNames,
                statusReplyDelay, loseBackToBackStatus);
    }

    /** Answers {@code command} under {@code replyName} (e.g. to try a name no client knows). */
    public PlayerModel withReplyName(String command, String replyName) {
        Map<String, String> names = new HashMap<>(replyNames);
        names.put(command, replyName);
        return new PlayerModel(family, productType, firmware, ambientLight, lightSensor, topics, legacyFirst, names,
                statusReplyDelay, loseBackToBackStatus);
    }

    public PlayerModel withStatusReplies(Duration delay, boolean loseBackToBack) {
        return new PlayerModel(family, productType, firmware, ambientLight, lightSensor, topics, legacyFirst, replyNames,
                delay, loseBackToBack);
    }
}
