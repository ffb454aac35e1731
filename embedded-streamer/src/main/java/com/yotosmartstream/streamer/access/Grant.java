package com.yotosmartstream.streamer.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A capability to stream: whoever holds its token may fetch the tracks it covers, with no other
 * credential (players send no headers). Scoped to the whole library or to a card's tracks.
 * {@link #toString()} never shows the token.
 */
public final class Grant {

    /** What a grant covers. */
    public enum Scope {
        /** Every track in the library, present and future. */
        LIBRARY,
        /** The tracks of one card. */
        CARD
    }

    private final long id;
    private final String token;
    private final Scope scope;
    private final String label;
    private final Set<String> trackIds;
    private final Instant created;

    Grant(long id, String token, Scope scope, String label, Set<String> trackIds, Instant created) {
        this.id = id;
        this.token = Objects.requireNonNull(token);
        this.scope = Objects.requireNonNull(scope);
        this.label = Objects.requireNonNull(label);
        this.trackIds = Set.copyOf(trackIds);
        this.created = Objects.requireNonNull(created);
    }

    public long id() {
        return id;
    }

    /** The secret that goes into stream URLs. Never log it. */
    public String token() {
        return token;
    }

    public Scope scope() {
        return scope;
    }

    /** What the user calls it: "Library" or the card's title. */
    public String label() {
        return label;
    }

    /** The tracks of a card grant; empty for a library grant (which covers all). */
    public Set<String> trackIds() {
        return trackIds;
    }

    public Instant created() {
        return created;
    }

    public boolean allows(String trackId) {
        return scope == Scope.LIBRARY || trackIds.contains(trackId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Grant g && g.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Grant[" + id + ", " + scope + ", " + label + "]";
    }
}
