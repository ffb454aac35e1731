-- library: the access log, one row per stream request (kept 30 days, at most 1,000 rows per track)
CREATE TABLE stream_access (
    id          INTEGER PRIMARY KEY,
    at_ms       INTEGER NOT NULL,
    track_id    TEXT NOT NULL,
    grant_label TEXT NOT NULL,
    method      TEXT NOT NULL,
    byte_range  TEXT NOT NULL,
    status      INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    client      TEXT NOT NULL
);

CREATE INDEX stream_access_by_track ON stream_access (track_id, id);
CREATE INDEX stream_access_by_time ON stream_access (at_ms);
