package com.yotosmartstream.client.mqtt;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands sent to one player and waiting for their {@code response}. Each is sent with a unique
 * request id, which the player echoes in {@code req_body} (the body sent, verbatim). A reply is
 * matched by that id; failing that, by the firmware's reply name ({@link ReplyNames}), preferring
 * the command whose body is the {@code req_body}; a name nobody knows answers the oldest command
 * (and is logged once). Unanswered commands time out.
 */
final class PendingCommands {

    private static final Logger LOG = LoggerFactory.getLogger(PendingCommands.class);
    private static final Set<String> UNKNOWN_NAMES_LOGGED = ConcurrentHashMap.newKeySet();

    /** A command on its way: the id it carries and the text that was published. */
    record Sent(String requestId, String payloadText, CompletableFuture<CommandResult> future) {
    }

    private record Pending(Command command, String requestId, String payloadText,
            CompletableFuture<CommandResult> future) {
    }

    private final Map<String, Pending> byId = new LinkedHashMap<>();
    private final Duration timeout;
    private final MqttOptions.RequestIds ids;
    private final String prefix = "yss" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    private final AtomicLong counter = new AtomicLong();

    PendingCommands(Duration timeout, MqttOptions.RequestIds ids) {
        this.timeout = timeout;
        this.ids = ids;
    }

    /** Gives the command its request id and waits for its answer (oldest first in the queue). */
    synchronized Sent register(Command command) {
        String requestId = prefix + "-" + counter.incrementAndGet();
        String text = command.payloadText(requestId, ids);
        CompletableFuture<CommandResult> future = new CompletableFuture<>();
        Pending pending = new Pending(command, requestId, text, future);
        byId.put(requestId, pending);
        future.completeOnTimeout(CommandResult.TIMED_OUT, timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> forget(pending));
        return new Sent(requestId, text, future);
    }

    /**
     * Applies a {@code response} status object: every member but {@code req_body} is a reply name
     * with {@code OK} or {@code FAIL}.
     *
     * @return the commands answered
     */
    List<Command> answer(JsonObject status) {
        JsonElement element = status.get("req_body");
        String reqBody = element != null && element.isJsonPrimitive() ? element.getAsString() : null;
        List<Command> answered = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : status.entrySet()) {
            if (entry.getKey().equals("req_body") || !entry.getValue().isJsonPrimitive()) {
                continue;
            }
            CommandResult result = "OK".equalsIgnoreCase(entry.getValue().getAsString()) ? CommandResult.OK
                    : CommandResult.FAIL;
            Pending pending = take(entry.getKey(), reqBody);
            if (pending != null) {
                answered.add(pending.command());
                pending.future().complete(result);
            }
        }
        return answered;
    }

    /** Everything still waiting ends with {@code result} (the connection went away). */
    void abandonAll(CommandResult result) {
        List<Pending> all;
        synchronized (this) {
            all = new ArrayList<>(byId.values());
            byId.clear();
        }
        all.forEach(p -> p.future().complete(result));
    }

    private synchronized Pending take(String name, String reqBody) {
        String id = requestIdIn(reqBody);
        if (id != null) {
            Pending byRequest = byId.remove(id);
            if (byRequest != null || id.startsWith(prefix)) {
                return byRequest; // ours: answered, or no longer waiting (never someone else's)
            }
        }
        Set<String> commands = ReplyNames.commandsFor(name);
        if (!commands.isEmpty()) {
            return removeFirst(p -> commands.contains(p.command().name()), reqBody);
        }
        if (UNKNOWN_NAMES_LOGGED.add(name)) {
            LOG.warn("A player answered under a reply name this version does not know: '{}' (matched to the oldest "
                    + "command waiting). Record the traffic and share it, please.", name);
        }
        return removeFirst(p -> true, reqBody);
    }

    /** The oldest waiting command that {@code which} accepts, preferring one whose body was {@code reqBody}. */
    private Pending removeFirst(Predicate<Pending> which, String reqBody) {
        Pending first = null;
        for (Pending p : byId.values()) {
            if (which.test(p)) {
                if (reqBody != null && p.payloadText().equals(reqBody)) {
                    first = p;
                    break;
                }
                if (first == null) {
                    first = p;
                }
            }
        }
        if (first != null) {
            byId.remove(first.requestId());
        }
        return first;
    }

    /** The request id a {@code req_body} carries: a JSON body's {@code requestId}, or the whole text. */
    private static String requestIdIn(String reqBody) {
        if (reqBody == null || reqBody.isBlank()) {
            return null;
        }
        String text = reqBody.strip();
        if (text.startsWith("{")) {
            try {
                JsonElement parsed = JsonParser.parseString(text);
                JsonElement id = parsed.isJsonObject() ? parsed.getAsJsonObject().get("requestId") : null;
                return id != null && id.isJsonPrimitive() ? id.getAsString() : null;
            } catch (JsonParseException e) {
                return null;
            }
        }
        return text;
    }

    private synchronized void forget(Pending pending) {
        byId.remove(pending.requestId(), pending);
    }

    /** For tests: how many commands are waiting. */
    synchronized int waiting() {
        return byId.size();
    }
}
