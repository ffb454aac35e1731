package com.yotosmartstream.streamer.remote;

import com.yotosmartstream.core.task.NamedThreadFactory;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paired phones' live streams (server-sent events) and their commands. Every change of the
 * household's players goes to every stream as one {@code players} event (changes that arrive while
 * one is being sent coalesce into the next); a command's outcome goes to the streams of the phone
 * that sent it as a {@code command} event. Writing to a phone happens on this class's own thread,
 * never on the caller's (the app reports changes on its UI thread).
 */
final class LiveStreams implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStreams.class);
    /** A command the client never ends is reported as timed out after this (the client's own timeout is shorter). */
    static final Duration GIVE_UP = Duration.ofSeconds(60);
    private static final int KEPT_OUTCOMES = 20;

    /** One command as the page shows it. */
    record Sent(long id, String player, String label, CommandOutcome outcome) {
    }

    private final RemoteAccess access;
    private final Map<Long, Set<SseClient>> streams = new ConcurrentHashMap<>();
    private final Map<Long, Deque<Sent>> commands = new ConcurrentHashMap<>();
    private final AtomicLong commandIds = new AtomicLong();
    private final AtomicBoolean broadcastQueued = new AtomicBoolean();
    /** A comment this often keeps each stream alive through routers and finds the ones that died. */
    static final Duration PING = Duration.ofSeconds(20);

    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            new NamedThreadFactory("remote-events"));
    private AutoCloseable following;

    LiveStreams(RemoteAccess access) {
        this.access = access;
        writer.scheduleWithFixedDelay(() -> streams.values().forEach(set -> set.forEach(client -> {
            if (!client.terminated()) {
                client.sendComment("ping");
            }
        })), PING.toSeconds(), PING.toSeconds(), TimeUnit.SECONDS);
    }

    synchronized void follow(RemoteHousehold household) {
        closeQuietly(following);
        following = household.onChange(this::playersChanged);
        playersChanged();
    }

    /** Keeps {@code client} open for {@code phoneId} and sends it the players and the phone's recent commands. */
    void open(long phoneId, SseClient client) {
        client.keepAlive();
        streams.computeIfAbsent(phoneId, id -> ConcurrentHashMap.newKeySet()).add(client);
        client.onClose(() -> {
            Set<SseClient> set = streams.get(phoneId);
            if (set != null) {
                set.remove(client);
            }
        });
        writer.execute(() -> {
            if (!access.stillPaired(phoneId)) {
                client.close();
                return;
            }
            send(client, "players", RemoteJson.players(access.household().map(RemoteHousehold::players)
                    .orElse(List.of())));
            for (Sent sent : recent(phoneId)) {
                send(client, "command", RemoteJson.command(sent));
            }
        });
    }

    /** Closes every stream of a phone (it was revoked). */
    void closeAll(long phoneId) {
        Set<SseClient> set = streams.remove(phoneId);
        commands.remove(phoneId);
        if (set != null) {
            set.forEach(SseClient::close);
        }
    }

    int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    private void playersChanged() {
        if (!broadcastQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            writer.execute(() -> {
                broadcastQueued.set(false);
                String json = RemoteJson.players(access.household().map(RemoteHousehold::players).orElse(List.of()));
                streams.forEach((phone, clients) -> clients.forEach(client -> send(client, "players", json)));
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            broadcastQueued.set(false); // closing
        }
    }

    /** Sends a command for a phone; the outcome reaches that phone's streams. */
    Sent command(long phoneId, String player, String label, RemoteHousehold household, RemoteCommand command) {
        Sent pending = new Sent(commandIds.incrementAndGet(), player, label,
                new CommandOutcome(CommandOutcome.State.PENDING, label + "\u2026"));
        keep(phoneId, pending);
        CompletableFuture<CommandOutcome> result;
        try {
            result = household.send(player, command);
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        result.orTimeout(GIVE_UP.toSeconds(), TimeUnit.SECONDS).whenComplete((outcome, error) -> {
            CommandOutcome ended = error == null ? outcome
                    : unwrap(error) instanceof TimeoutException
                    ? new CommandOutcome(CommandOutcome.State.TIMED_OUT, label + ": the player did not answer.")
                    : CommandOutcome.failed(label + ": it could not be sent.");
            Sent done = new Sent(pending.id(), player, label, ended);
            keep(phoneId, done);
            try {
                writer.execute(() -> {
                    Set<SseClient> clients = streams.getOrDefault(phoneId, Set.of());
                    String json = RemoteJson.command(done);
                    clients.forEach(client -> send(client, "command", json));
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.debug("A command ended while the app closed");
            }
        });
        return pending;
    }

    private void keep(long phoneId, Sent sent) {
        Deque<Sent> kept = commands.computeIfAbsent(phoneId, id -> new ArrayDeque<>());
        synchronized (kept) {
            kept.removeIf(s -> s.id() == sent.id());
            kept.addLast(sent);
            while (kept.size() > KEPT_OUTCOMES) {
                kept.removeFirst();
            }
        }
    }

    private List<Sent> recent(long phoneId) {
        Deque<Sent> kept = commands.getOrDefault(phoneId, new ArrayDeque<>());
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    private static void send(SseClient client, String event, String json) {
        if (!client.terminated()) {
            client.sendEvent(event, json);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Stopping to follow the household", e);
            }
        }
    }

    /** Ends every live stream (the server is stopping; the pages reconnect to the next one). */
    void closeStreams() {
        List<Set<SseClient>> all = List.copyOf(streams.values());
        streams.clear();
        all.forEach(set -> set.forEach(SseClient::close));
    }

    /** Stops following the household and writing; call after the server stopped. */
    @Override
    public synchronized void close() {
        closeQuietly(following);
        streams.clear();
        writer.shutdownNow();
    }
}
