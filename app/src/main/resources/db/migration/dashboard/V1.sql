-- player_history: a sample of each player's battery, volume and playing state, kept for 24 hours
CREATE TABLE player_history (
    device_id TEXT    NOT NULL,
    at_ms     INTEGER NOT NULL,
    battery   INTEGER,
    volume    INTEGER,
    playing   INTEGER NOT NULL
);
CREATE INDEX player_history_device_time ON player_history (device_id, at_ms);
