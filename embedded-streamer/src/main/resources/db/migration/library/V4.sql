-- library: phones paired with the remote page (/remote); the secret is kept only as its SHA-256
CREATE TABLE remote_phone (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    secret_hash  TEXT NOT NULL UNIQUE,
    paired_at    TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
