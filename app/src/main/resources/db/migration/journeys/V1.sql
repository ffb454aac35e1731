-- journeys: play-throughs of story cards (path, time per node, choices) and the maps of the story cards recorded
CREATE TABLE journey (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id     TEXT    NOT NULL,
    story_id    TEXT    NOT NULL,
    device_id   TEXT    NOT NULL,
    player_name TEXT    NOT NULL,
    started_ms  INTEGER NOT NULL,
    ended_ms    INTEGER NOT NULL,
    outcome     TEXT    NOT NULL,
    steps       TEXT    NOT NULL
);
CREATE INDEX journey_card_started ON journey (card_id, started_ms);
CREATE TABLE story_card (
    card_id TEXT PRIMARY KEY,
    map     TEXT NOT NULL
);
