-- library: the disc number of a track of a set (folder order), and tracks whose chapter marks wait for an ffmpeg
ALTER TABLE track ADD COLUMN disc_number INTEGER NOT NULL DEFAULT 0;
CREATE TABLE track_chapters_unread (
    track_id TEXT PRIMARY KEY
);
