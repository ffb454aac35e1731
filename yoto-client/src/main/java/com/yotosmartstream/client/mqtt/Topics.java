package com.yotosmartstream.client.mqtt;

import java.util.List;
import java.util.Optional;

/** Yoto's topic names: {@code device/{id}/...}. */
public final class Topics {

    /** What a message on a player's topic is. */
    public enum Kind {
        EVENTS("data/events"), STATUS("data/status"), RESPONSE("response"), FULL_STATUS("status/full"),
        PRESENCE("presence"), LEGACY_EVENTS("events"), LEGACY_STATUS("status");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    /** A parsed topic. */
    public record Parsed(String deviceId, Kind kind) {
    }

    private static final String PREFIX = "device/";

    private Topics() {
    }

    public static String of(String deviceId, Kind kind) {
        return PREFIX + deviceId + "/" + kind.suffix();
    }

    /** The topic a command is published to: {@code device/{id}/command/volume/set}. */
    public static String command(String deviceId, String command) {
        return PREFIX + deviceId + "/command/" + command;
    }

    /** Every topic the client subscribes to for one player. */
    public static List<String> subscriptions(String deviceId) {
        return List.of(Kind.values()).stream().map(kind -> of(deviceId, kind)).toList();
    }

    /** A player topic the client understands; empty for anything else (commands included). */
    public static Optional<Parsed> parse(String topic) {
        if (topic == null || !topic.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int slash = topic.indexOf('/', PREFIX.length());
        if (slash <= PREFIX.length()) {
            return Optional.empty();
        }
        String deviceId = topic.substring(PREFIX.length(), slash);
        String rest = topic.substring(slash + 1);
        for (Kind kind : Kind.values()) {
            if (kind.suffix().equals(rest)) {
                return Optional.of(new Parsed(deviceId, kind));
            }
        }
        return Optional.empty();
    }

    /** The command name of a command topic ({@code volume/set}), for the simulated players. */
    public static Optional<String> commandName(String deviceId, String topic) {
        String prefix = PREFIX + deviceId + "/command/";
        return topic.startsWith(prefix) && topic.length() > prefix.length()
                ? Optional.of(topic.substring(prefix.length())) : Optional.empty();
    }
}
