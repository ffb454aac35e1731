package com.yotosmartstream.streamer.access;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.StorageException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The grants that let players stream, kept in the database and in memory. Tokens are 256 random
 * bits (43 URL-safe characters). Lookups go through a SHA-256 digest of the presented token, so
 * the time a lookup takes says nothing about how close a guess was.
 */
public final class StreamTokens {

    /** What a token looks like in a URL; anything else is not looked up at all. */
    public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    static final String LIBRARY_LABEL = "Library";

    private final Database database;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> byDigest = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private StreamTokens(Database database) {
        this.database = database;
    }

    /** Loads every grant; reads the disk, so not on the UI thread. */
    public static StreamTokens load(Database database) throws StorageException {
        StreamTokens tokens = new StreamTokens(database);
        for (Grant grant : readAll(database)) {
            tokens.byDigest.put(digest(grant.token()), grant);
        }
        return tokens;
    }

    /** The grant a presented token stands for, if it is a live one. */
    public Optional<Grant> find(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDigest.get(digest(token)));
    }

    /** Whether {@code token} has a token's shape (43 URL-safe base64 characters). */
    static boolean wellFormed(String token) {
        if (token == null || token.length() != 43) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The library grant, made on first use. */
    public synchronized Grant library() throws StorageException {
        Optional<Grant> existing = byDigest.values().stream().filter(g -> g.scope() == Grant.Scope.LIBRARY)
                .min(Comparator.comparingLong(Grant::id));
        return existing.isPresent() ? existing.get() : issue(Grant.Scope.LIBRARY, LIBRARY_LABEL, Set.of());
    }

    /** A new grant for a card's tracks. */
    public Grant grantCard(String label, Collection<String> trackIds) throws StorageException {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A card grant needs the card's name");
        }
        return issue(Grant.Scope.CARD, label.strip(), new LinkedHashSet<>(trackIds));
    }

    /** Ends a grant: its token stops working at once. */
    public synchronized void revoke(Grant grant) throws StorageException {
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM stream_grant WHERE id = ?")) {
                p.setLong(1, grant.id());
                return p.executeUpdate();
            }
        });
        byDigest.remove(digest(grant.token()));
        listeners.forEach(Runnable::run);
    }

    /** Told after a grant is issued or revoked, on the thread that did it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Revokes the library grant and issues a new one (every library URL given out stops working). */
    public synchronized Grant renewLibrary() throws StorageException {
        for (Grant grant : all()) {
            if (grant.scope() == Grant.Scope.LIBRARY) {
                revoke(grant);
            }
        }
        return library();
    }

    /** Every live grant, oldest first. */
    public List<Grant> all() {
        List<Grant> grants = new ArrayList<>(byDigest.values());
        grants.sort(Comparator.comparingLong(Grant::id));
        return grants;
    }

    private synchronized Grant issue(Grant.Scope scope, String label, Set<String> trackIds) throws StorageException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        long id = database.write(c -> {
            long newId;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO stream_grant (token, scope, label, created_at) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, token);
                p.setString(2, scope.name().toLowerCase(java.util.Locale.ROOT));
                p.setString(3, label);
                p.setString(4, now.toString());
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    newId = keys.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO stream_grant_track (grant_id, track_id) VALUES (?, ?)")) {
                for (String trackId : trackIds) {
                    p.setLong(1, newId);
                    p.setString(2, trackId);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return newId;
        });
        Grant grant = new Grant(id, token, scope, label, trackIds, now);
        byDigest.put(digest(token), grant);
        listeners.forEach(Runnable::run);
        return grant;
    }

    private static List<Grant> readAll(Database database) throws StorageException {
        return database.read(c -> {
            Map<Long, Set<String>> tracks = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT grant_id, track_id FROM stream_grant_track")) {
                while (rows.next()) {
                    tracks.computeIfAbsent(rows.getLong(1), k -> new HashSet<>()).add(rows.getString(2));
                }
            }
            List<Grant> grants = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                    "SELECT id, token, scope, label, created_at FROM stream_grant ORDER BY id")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Grant.Scope scope = "card".equals(rows.getString(3)) ? Grant.Scope.CARD : Grant.Scope.LIBRARY;
                    try {
                        grants.add(new Grant(id, rows.getString(2), scope, rows.getString(4),
                                tracks.getOrDefault(id, Set.of()), Instant.parse(rows.getString(5))));
                    } catch (RuntimeException e) {
                        // a malformed created_at: this grant is left out (its links stop working), the rest opens
                        database.skipBadRow("stream_grant", "id " + id, e);
                    }
                }
            }
            return grants;
        });
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    });

    private static String digest(String token) {
        byte[] hash = SHA256.get().digest(token.getBytes(StandardCharsets.US_ASCII));
        return new String(hash, StandardCharsets.ISO_8859_1);
    }
}
