package com.yotosmartstream.streamer.library;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often each conversion has been started since the app started, so that no conversion runs in
 * a loop (ADR 0053). A conversion starts once; if a stop or a cancel interrupts it, it may start
 * again from zero once more; after that, or after it failed, it waits for the next start of the
 * app or for the user's Retry. Keys are a track and a conversion profile, since another profile is
 * another conversion.
 */
final class ConversionAttempts {

    /** The first start and one restart from zero after an interruption. */
    static final int MAX_STARTS = 2;

    private final Map<String, Integer> starts = new ConcurrentHashMap<>();

    /** Whether the conversion of {@code trackId} to {@code profile} may start (again) now. */
    boolean mayStart(String trackId, String profile) {
        return starts.getOrDefault(key(trackId, profile), 0) < MAX_STARTS;
    }

    /** Whether it ran before in this start and was interrupted (so starting now restarts it). */
    boolean interrupted(String trackId, String profile) {
        return starts.getOrDefault(key(trackId, profile), 0) > 0;
    }

    void started(String trackId, String profile) {
        starts.merge(key(trackId, profile), 1, Integer::sum);
    }

    /** It failed: not started again automatically until the next start of the app. */
    void failed(String trackId, String profile) {
        starts.put(key(trackId, profile), MAX_STARTS);
    }

    void finished(String trackId, String profile) {
        starts.remove(key(trackId, profile));
    }

    /** The user asked for it again: every profile of the track may start afresh. */
    void forget(String trackId) {
        starts.keySet().removeIf(key -> key.startsWith(trackId + "|"));
    }

    private static String key(String trackId, String profile) {
        return trackId + "|" + profile;
    }
}
