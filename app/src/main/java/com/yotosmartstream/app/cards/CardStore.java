package com.yotosmartstream.app.cards;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.MigrationSet;
import com.yotosmartstream.core.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the Cards page remembers per account, in SQLite: what it has put on Yoto (audio by the
 * library file's SHA-256, covers and icons by their picture's), so nothing is uploaded twice and an
 * interrupted publish resumes; and which stream grant each streamed card uses, so republishing keeps
 * its addresses and a replaced grant is revoked.
 */
public final class CardStore {

    /** What was uploaded. */
    public enum Kind { AUDIO, COVER, ICON }

    private final Database database;
    private final Clock clock;

    public CardStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public static MigrationSet migrations() {
        return MigrationSet.fromClasspath("cards", CardStore.class.getClassLoader());
    }

    /** What Yoto answered when these bytes were uploaded for this account (JSON or a reference). Blocking. */
    public Optional<String> uploaded(String account, Kind kind, String sha256) throws StorageException {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT result FROM card_uploads WHERE account = ? AND kind = ? AND sha256 = ?")) {
                query.setString(1, account);
                query.setString(2, kind.name());
                query.setString(3, sha256);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void recordUpload(String account, Kind kind, String sha256, String result) throws StorageException {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO card_uploads"
                    + " (account, kind, sha256, result, uploaded_ms) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, account);
                insert.setString(2, kind.name());
                insert.setString(3, sha256);
                insert.setString(4, result);
                insert.setLong(5, clock.millis());
                return insert.executeUpdate();
            }
        });
    }

    /** The stream grant a card was last published with. Blocking. */
    public OptionalLong grant(String account, String cardId) throws StorageException {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT grant_id FROM card_grants WHERE account = ? AND card_id = ?")) {
                query.setString(1, account);
                query.setString(2, cardId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** The stream grant a card (by its id, whichever account published it) was last published with. Blocking. */
    public OptionalLong grantOfCard(String cardId) throws StorageException {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT grant_id FROM card_grants WHERE card_id = ? ORDER BY rowid DESC LIMIT 1")) {
                query.setString(1, cardId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    public void recordGrant(String account, String cardId, long grantId) throws StorageException {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO card_grants (account, card_id, grant_id) VALUES (?, ?, ?)")) {
                insert.setString(1, account);
                insert.setString(2, cardId);
                insert.setLong(3, grantId);
                return insert.executeUpdate();
            }
        });
    }

    public void forgetGrant(String account, String cardId) throws StorageException {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM card_grants WHERE account = ? AND card_id = ?")) {
                delete.setString(1, account);
                delete.setString(2, cardId);
                return delete.executeUpdate();
            }
        });
    }
}
