-- library: chapter marks read from a track's file at import (MP4/M4B lists, ID3 CHAP, Vorbis CHAPTERxx)
CREATE TABLE track_chapter (
    track_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms   INTEGER NOT NULL,
    title    TEXT NOT NULL,
    PRIMARY KEY (track_id, position)
);
