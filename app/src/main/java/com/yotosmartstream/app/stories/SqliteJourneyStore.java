package com.yotosmartstream.app.stories;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.MigrationSet;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.story.trace.CardMap;
import com.yotosmartstream.story.trace.Choice;
import com.yotosmartstream.story.trace.Journey;
import com.yotosmartstream.story.trace.JourneyStore;
import com.yotosmartstream.story.trace.Outcome;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journeys in SQLite (component {@code journeys}): one row per journey with its steps as JSON, the
 * newest {@link JourneyStore#KEEP_PER_CARD} kept per card, and the maps of the story cards they
 * are recorded for. Blocking: call it in the background.
 */
public final class SqliteJourneyStore implements JourneyStore {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteJourneyStore.class);

    private final Database database;

    public SqliteJourneyStore(Database database) {
        this.database = database;
    }

    public static MigrationSet migrations() {
        return MigrationSet.fromClasspath("journeys", SqliteJourneyStore.class.getClassLoader());
    }

    @Override
    public Journey save(Journey journey) throws StorageException {
        long id = database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journey (card_id, story_id,"
                    + " device_id, player_name, started_ms, ended_ms, outcome, steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement prune = connection.prepareStatement("DELETE FROM journey WHERE card_id = ? AND id"
                            + " NOT IN (SELECT id FROM journey WHERE card_id = ? ORDER BY started_ms DESC, id DESC"
                            + " LIMIT ?)")) {
                insert.setString(1, journey.cardId());
                insert.setString(2, journey.storyId());
                insert.setString(3, journey.deviceId());
                insert.setString(4, journey.playerName());
                insert.setLong(5, journey.started().toEpochMilli());
                insert.setLong(6, journey.ended().toEpochMilli());
                insert.setString(7, journey.outcome().name());
                insert.setString(8, steps(journey.steps()));
                insert.executeUpdate();
                long key;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    key = keys.getLong(1);
                }
                prune.setString(1, journey.cardId());
                prune.setString(2, journey.cardId());
                prune.setInt(3, KEEP_PER_CARD);
                prune.executeUpdate();
                return key;
            }
        });
        return journey.withId(id);
    }

    @Override
    public List<Journey> journeys(String cardId) throws StorageException {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, card_id, story_id, device_id,"
                    + " player_name, started_ms, ended_ms, outcome, steps FROM journey WHERE card_id = ?"
                    + " ORDER BY started_ms DESC, id DESC")) {
                query.setString(1, cardId);
                List<Journey> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        read(rows).ifPresent(found::add);
                    }
                }
                return found;
            }
        });
    }

    @Override
    public boolean delete(long journeyId) throws StorageException {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM journey WHERE id = ?")) {
                delete.setLong(1, journeyId);
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void rememberCard(CardMap map) throws StorageException {
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO story_card (card_id, map)"
                    + " VALUES (?, ?) ON CONFLICT (card_id) DO UPDATE SET map = excluded.map")) {
                upsert.setString(1, map.cardId());
                upsert.setString(2, map.toJson());
                upsert.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public List<CardMap> cards() throws StorageException {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT card_id, map FROM story_card");
                    ResultSet rows = query.executeQuery()) {
                List<CardMap> maps = new ArrayList<>();
                while (rows.next()) {
                    Optional<CardMap> map = CardMap.fromJson(rows.getString(2));
                    if (map.isPresent()) {
                        maps.add(map.get());
                    } else {
                        LOG.warn("The remembered story card {} could not be read; it is left out", rows.getString(1));
                    }
                }
                return maps;
            }
        });
    }

    private static Optional<Journey> read(ResultSet row) throws SQLException {
        try {
            List<Journey.Step> steps = new ArrayList<>();
            for (JsonElement element : JsonParser.parseString(row.getString(9)).getAsJsonArray()) {
                JsonObject step = element.getAsJsonObject();
                steps.add(new Journey.Step(step.get("key").getAsString(),
                        step.has("node") ? Optional.of(step.get("node").getAsString()) : Optional.empty(),
                        Instant.ofEpochMilli(step.get("at").getAsLong()), Duration.ofMillis(step.get("ms").getAsLong()),
                        choice(step.has("left") ? step.get("left").getAsString() : "")));
            }
            if (steps.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Journey(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                    row.getString(5), Instant.ofEpochMilli(row.getLong(6)), Instant.ofEpochMilli(row.getLong(7)), steps,
                    outcome(row.getString(8))));
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            LOG.warn("Journey {} could not be read and is left out: {}", row.getLong(1), e.toString());
            return Optional.empty();
        }
    }

    private static String steps(List<Journey.Step> steps) {
        JsonArray array = new JsonArray();
        for (Journey.Step step : steps) {
            JsonObject json = new JsonObject();
            json.addProperty("key", step.chapterKey());
            step.nodeId().ifPresent(node -> json.addProperty("node", node));
            json.addProperty("at", step.entered().toEpochMilli());
            json.addProperty("ms", step.spent().toMillis());
            json.addProperty("left", step.leftBy().name());
            array.add(json);
        }
        return array.toString();
    }

    private static Choice choice(String name) {
        try {
            return Choice.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Choice.UNKNOWN;
        }
    }

    private static Outcome outcome(String name) {
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Outcome.STOPPED;
        }
    }
}
