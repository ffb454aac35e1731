package com.yotosmartstream.client.mqtt;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Commands sent to one player and waiting for their {@code response}: answered by command name,
 * the one whose body matches {@code req_body} first, else the oldest; unanswered ones time out.
 */
final class PendingCommands {

    private record Pending(Command command, CompletableFuture<CommandResult> future) {
    }

    private final Map<String, Deque<Pending>> byName = new HashMap<>();
    private final Duration timeout;

    PendingCommands(Duration timeout) {
        this.timeout = timeout;
    }

    synchronized CompletableFuture<CommandResult> register(Command command) {
        CompletableFuture<CommandResult> future = new CompletableFuture<>();
        Pending pending = new Pending(command, future);
        byName.computeIfAbsent(command.name(), n -> new ArrayDeque<>()).add(pending);
        future.completeOnTimeout(CommandResult.TIMED_OUT, timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> forget(pending));
        return future;
    }

    /**
     * Applies a {@code response} status object.
     *
     * @return the names of the commands answered
     */
    java.util.List<String> answer(JsonObject status) {
        JsonElement reqBody = status.get("req_body");
        java.util.List<String> answered = new java.util.ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : status.entrySet()) {
            if (entry.getKey().equals("req_body") || !entry.getValue().isJsonPrimitive()) {
                continue;
            }
            String verdict = entry.getValue().getAsString();
            CommandResult result = "OK".equalsIgnoreCase(verdict) ? CommandResult.OK : CommandResult.FAIL;
            Pending pending = take(entry.getKey(), reqBody);
            answered.add(entry.getKey());
            if (pending != null) {
                pending.future().complete(result);
            }
        }
        return answered;
    }

    /** Everything still waiting ends with {@code result} (the connection went away). */
    void abandonAll(CommandResult result) {
        java.util.List<Pending> all = new java.util.ArrayList<>();
        synchronized (this) {
            byName.values().forEach(all::addAll);
            byName.clear();
        }
        all.forEach(p -> p.future().complete(result));
    }

    private synchronized Pending take(String name, JsonElement reqBody) {
        Deque<Pending> queue = byName.get(name);
        if (queue == null || queue.isEmpty()) {
            return null;
        }
        JsonElement sent = parse(reqBody);
        if (sent != null) {
            for (Iterator<Pending> it = queue.iterator(); it.hasNext();) {
                Pending p = it.next();
                JsonElement body = p.command().body();
                if (body != null && body.equals(sent)) {
                    it.remove();
                    return p;
                }
            }
        }
        return queue.poll();
    }

    private synchronized void forget(Pending pending) {
        Deque<Pending> queue = byName.get(pending.command().name());
        if (queue != null) {
            queue.remove(pending);
            if (queue.isEmpty()) {
                byName.remove(pending.command().name());
            }
        }
    }

    private static JsonElement parse(JsonElement reqBody) {
        if (reqBody == null || !reqBody.isJsonPrimitive()) {
            return reqBody != null && reqBody.isJsonObject() ? reqBody : null;
        }
        try {
            return JsonParser.parseString(reqBody.getAsString());
        } catch (JsonParseException e) {
            return null;
        }
    }
}
