-- library: the disc number of a track of a set (folder order), and tracks whose chapter marks wait for an ffmpeg
ALTER TABLE track ADD COLUMN disc_number INTEGER NOT NULL DEFAULT 0;
CREATE TABLE track_chapters_unread (
    track_id TEXT PRIMARY KEY
);
-- tracks of formats that can hold chapter marks, imported before marks were read or while no ffprobe could run
INSERT INTO track_chapters_unread (track_id)
    SELECT id FROM track WHERE format IN ('MP3', 'AAC_MP4', 'ALAC', 'FLAC', 'VORBIS', 'OPUS')
        AND id NOT IN (SELECT track_id FROM track_chapter);
