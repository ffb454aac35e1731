-- library: imported tracks, and the grants (stream tokens) that let players fetch them
CREATE TABLE track (
    id            TEXT PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,
    file_name     TEXT NOT NULL,
    source_file   TEXT NOT NULL,
    format        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    duration_ms   INTEGER NOT NULL,
    bitrate       INTEGER NOT NULL,
    sample_rate   INTEGER NOT NULL,
    channels      INTEGER NOT NULL,
    vbr           INTEGER NOT NULL DEFAULT 0,
    title         TEXT NOT NULL,
    artist        TEXT NOT NULL DEFAULT '',
    album         TEXT NOT NULL DEFAULT '',
    track_number  INTEGER NOT NULL DEFAULT 0,
    cover_file    TEXT,
    stream_file   TEXT,
    stream_format TEXT,
    status        TEXT NOT NULL,
    status_detail TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL,
    deleted_at    TEXT
);

CREATE TABLE stream_grant (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    token      TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL,
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE stream_grant_track (
    grant_id INTEGER NOT NULL REFERENCES stream_grant(id) ON DELETE CASCADE,
    track_id TEXT NOT NULL,
    PRIMARY KEY (grant_id, track_id)
);
