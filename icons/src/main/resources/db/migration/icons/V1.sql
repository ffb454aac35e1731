-- icons: the icon library (names, tags, PNG bytes), what was uploaded to which Yoto account, the user's palettes
CREATE TABLE icon (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL,
    png        BLOB    NOT NULL,
    sha256     TEXT    NOT NULL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    deleted_ms INTEGER
);
CREATE TABLE icon_tag (
    icon_id INTEGER NOT NULL REFERENCES icon (id) ON DELETE CASCADE,
    tag     TEXT    NOT NULL,
    PRIMARY KEY (icon_id, tag)
);
CREATE INDEX icon_tag_tag ON icon_tag (tag);
CREATE TABLE icon_upload (
    account     TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    media_id    TEXT    NOT NULL,
    uploaded_ms INTEGER NOT NULL,
    PRIMARY KEY (account, sha256)
);
CREATE TABLE icon_palette (
    position INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL,
    colours  TEXT    NOT NULL
);
