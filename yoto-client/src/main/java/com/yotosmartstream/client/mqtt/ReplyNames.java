package com.yotosmartstream.client.mqtt;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names players answer commands under on {@code response}: the firmware's own, not the
 * topic's. Each entry says where it was seen; names for other commands are not published, so a
 * reply is matched by its request id first and by this table only when it carries none.
 */
final class ReplyNames {

    private static final Map<String, Set<String>> COMMANDS_BY_REPLY = Map.ofEntries(
            // captured from a Yoto Mini (fw v2.23.2), bcomnes/yoto-nodejs-client
            // collected-data/requested-event.txt: {"status":{"events":"OK","req_body":"interactive-..."}};
            // also logged in cdnninja/yoto_ha #188 with "req_body":""
            Map.entry("events", Set.of("events/request")),
            // cdnninja/yoto_ha #262 (yoto_api log): {"status":{"card-play":"FAIL","req_body":"{\"uri\": ...}"}}
            Map.entry("card-play", Set.of("card/start")),
            // docs yoto-platform.md section 4, from yoto_api / yoto_ha logs
            Map.entry("card-pause", Set.of("card/pause")),
            Map.entry("set-volume", Set.of("volume/set")),
            // bcomnes/yoto-nodejs-client lib/mqtt/client.js, YotoResponseStatusKnown: keys observed
            // in responses ("volume", "ambients", "card", "events", "status", "bluetooth",
            // "display", "reboot", "sleepTimer", "sleep-timer", "status/request", "events/request")
            Map.entry("volume", Set.of("volume/set")),
            Map.entry("ambients", Set.of("ambients/set")),
            Map.entry("card", Set.of("card/start", "card/stop", "card/pause", "card/resume")),
            Map.entry("status", Set.of("status/request")),
            Map.entry("bluetooth", Set.of("bluetooth/on", "bluetooth/off")),
            Map.entry("display", Set.of("display/preview")),
            Map.entry("reboot", Set.of("reboot")),
            Map.entry("sleepTimer", Set.of("sleep-timer/set")),
            Map.entry("sleep-timer", Set.of("sleep-timer/set")),
            Map.entry("status/request", Set.of("status/request")),
            Map.entry("events/request", Set.of("events/request")));

    /** Every command topic name the client sends, which a reply may also use as its name. */
    private static final List<String> COMMANDS = List.of("events/request", "status/request", "volume/set",
            "ambients/set", "sleep-timer/set", "reboot", "card/start", "card/stop", "card/pause", "card/resume",
            "bluetooth/on", "bluetooth/off", "display/preview");

    private ReplyNames() {
    }

    /** The commands a reply under this name may answer; empty when the name is unknown. */
    static Set<String> commandsFor(String replyName) {
        Set<String> known = COMMANDS_BY_REPLY.get(replyName);
        if (known != null) {
            return known;
        }
        return COMMANDS.contains(replyName) ? Set.of(replyName) : Set.of();
    }
}
