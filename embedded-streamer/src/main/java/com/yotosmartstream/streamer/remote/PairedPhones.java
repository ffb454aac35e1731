package com.yotosmartstream.streamer.remote;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.StorageException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phones paired with the remote page, in the database and in memory. Each holds a secret of
 * 256 random bits that only the phone keeps (in its cookie); the database keeps its SHA-256, so a
 * copy of the database pairs nothing. A high-entropy secret needs no slow hash: there is nothing to
 * guess from its digest.
 */
final class PairedPhones {

    /** A phone just paired, with the secret to hand to it once. */
    record Paired(PairedPhone phone, String secret) {
        @Override
        public String toString() {
            return "Paired[" + phone + "]";
        }
    }

    /** Last-seen times are written at most this often (each request updates the one in memory). */
    static final Duration SEEN_WRITES = Duration.ofMinutes(1);

    private final Database database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, PairedPhone> byHash = new ConcurrentHashMap<>();
    private final Map<Long, Instant> written = new ConcurrentHashMap<>();

    private PairedPhones(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    static PairedPhones load(Database database, Clock clock) throws StorageException {
        PairedPhones phones = new PairedPhones(database, clock);
        database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                    "SELECT id, name, secret_hash, paired_at, last_seen_at FROM remote_phone ORDER BY id")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    try {
                        PairedPhone phone = new PairedPhone(id, rows.getString(2), Instant.parse(rows.getString(4)),
                                Instant.parse(rows.getString(5)));
                        phones.byHash.put(rows.getString(3), phone);
                        phones.written.put(id, phone.lastSeen());
                    } catch (RuntimeException e) {
                        database.skipBadRow("remote_phone", "id " + id, e); // that phone pairs again
                    }
                }
            }
            return null;
        });
        return phones;
    }

    synchronized Paired pair(String name) throws StorageException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(secret);
        Instant now = clock.instant();
        long id = database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO remote_phone (name, secret_hash, paired_at,"
                    + " last_seen_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, name);
                p.setString(2, hash);
                p.setString(3, now.toString());
                p.setString(4, now.toString());
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        PairedPhone phone = new PairedPhone(id, name, now, now);
        byHash.put(hash, phone);
        written.put(id, now);
        return new Paired(phone, secret);
    }

    /** The phone holding {@code secret}, its last-seen time moved to now. */
    Optional<PairedPhone> find(String secret) {
        if (secret == null || secret.length() != 43) {
            return Optional.empty();
        }
        String hash = hash(secret);
        PairedPhone phone = byHash.computeIfPresent(hash, (h, p) -> new PairedPhone(p.id(), p.name(), p.pairedAt(),
                clock.instant()));
        return Optional.ofNullable(phone);
    }

    /** Writes the last-seen time of a phone if the one saved is older than {@link #SEEN_WRITES}. */
    void saveLastSeen(PairedPhone phone) throws StorageException {
        Instant saved = written.get(phone.id());
        if (saved != null && Duration.between(saved, phone.lastSeen()).compareTo(SEEN_WRITES) < 0) {
            return;
        }
        written.put(phone.id(), phone.lastSeen());
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE remote_phone SET last_seen_at = ? WHERE id = ?")) {
                p.setString(1, phone.lastSeen().toString());
                p.setLong(2, phone.id());
                return p.executeUpdate();
            }
        });
    }

    /** Whether the phone is still paired (a revoked one is not). */
    boolean paired(long id) {
        return byHash.values().stream().anyMatch(p -> p.id() == id);
    }

    synchronized boolean revoke(long id) throws StorageException {
        boolean removed = byHash.values().removeIf(p -> p.id() == id);
        written.remove(id);
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM remote_phone WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate();
            }
        });
        return removed;
    }

    /** Every paired phone, the one seen last first. */
    List<PairedPhone> all() {
        List<PairedPhone> phones = new ArrayList<>(byHash.values());
        phones.sort(Comparator.comparing(PairedPhone::lastSeen).reversed().thenComparing(PairedPhone::id));
        return phones;
    }

    boolean any() {
        return !byHash.isEmpty();
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
