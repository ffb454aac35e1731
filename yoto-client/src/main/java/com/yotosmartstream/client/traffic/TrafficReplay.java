package com.yotosmartstream.client.traffic;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plays recorded traffic back: every MQTT message that came in from a player, in order, published
 * again on a broker (the simulated one) as if the player sent it now, with the players' ids mapped
 * onto the ids the client follows (a corpus file's {@code DEVICE_1}, or a recorder's redacted ids).
 * Between messages whose times are known, the gap is handed to the target, so a test can move its
 * clock. REST lines and what the app sent are not replayed; {@link #lines()} keeps them.
 */
public final class TrafficReplay {

    private static final String PREFIX = "device/";

    /** Where the messages go. */
    public interface Target {
        /** Publishes as the player. */
        void publish(String topic, byte[] payload);

        /** The recording says this much time passed before the next message. */
        default void elapse(Duration gap) {
        }

        /** A message has been published (e.g. wait here until the client has dealt with it). */
        default void published(TrafficLine line) {
        }
    }

    private final List<TrafficLine> lines;

    private TrafficReplay(List<TrafficLine> lines) {
        this.lines = List.copyOf(lines);
    }

    public static TrafficReplay of(List<TrafficLine> lines) {
        return new TrafficReplay(lines);
    }

    /** Reads a whole {@code .jsonl} file (a corpus file or a recording, as it is). */
    public static TrafficReplay read(Reader in) throws IOException, TrafficFormatException {
        return new TrafficReplay(TrafficFormat.readAll(in));
    }

    public List<TrafficLine> lines() {
        return lines;
    }

    /** The MQTT messages that came in from players, in order: what {@link #replay} publishes. */
    public List<TrafficLine> incoming() {
        return lines.stream().filter(l -> l.kind() == TrafficLine.Kind.MQTT && l.dir() == TrafficLine.Direction.IN)
                .toList();
    }

    /** The player ids the MQTT lines name, in order of first appearance. */
    public List<String> deviceIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (TrafficLine line : lines) {
            if (line.kind() == TrafficLine.Kind.MQTT) {
                String id = deviceOf(line.topic());
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The recording's player ids mapped, in order, onto {@code ids} (which must be at least as many). */
    public Map<String, String> mapOnto(List<String> ids) {
        List<String> recorded = deviceIds();
        if (ids.size() < recorded.size()) {
            throw new IllegalArgumentException("The recording names " + recorded.size() + " players, "
                    + ids.size() + " given");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < recorded.size(); i++) {
            map.put(recorded.get(i), ids.get(i));
        }
        return map;
    }

    /**
     * Publishes every incoming MQTT message in order.
     *
     * @param ids the recording's player ids mapped onto those to publish as; a message of a player
     *     not in the map is refused
     * @return how many messages were published
     */
    public int replay(Map<String, String> ids, Target target) {
        Objects.requireNonNull(target, "target");
        List<TrafficLine> messages = incoming();
        for (TrafficLine line : messages) {
            if (ids.get(deviceOf(line.topic())) == null) {
                throw new IllegalArgumentException("Line " + line.seq() + " is from a player not mapped: "
                        + line.topic());
            }
        }
        Instant last = null;
        for (TrafficLine line : messages) {
            if (line.at() != null) {
                if (last != null && line.at().isAfter(last)) {
                    target.elapse(Duration.between(last, line.at()));
                }
                last = line.at();
            }
            target.publish(retarget(line.topic(), ids), line.payloadBytes());
            target.published(line);
        }
        return messages.size();
    }

    /** The player id of a {@code device/<id>/...} topic, or null. */
    static String deviceOf(String topic) {
        if (topic == null || !topic.startsWith(PREFIX)) {
            return null;
        }
        int slash = topic.indexOf('/', PREFIX.length());
        return slash > PREFIX.length() ? topic.substring(PREFIX.length(), slash) : null;
    }

    private static String retarget(String topic, Map<String, String> ids) {
        String id = deviceOf(topic);
        return PREFIX + ids.get(id) + topic.substring(PREFIX.length() + id.length());
    }

    /** A short account of what is in the file, for messages. */
    @Override
    public String toString() {
        List<String> kinds = new ArrayList<>();
        kinds.add(incoming().size() + " incoming MQTT messages");
        kinds.add(lines.size() + " lines");
        return "TrafficReplay[" + String.join(", ", kinds) + ", players " + deviceIds() + "]";
    }
}
