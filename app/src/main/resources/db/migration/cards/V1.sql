-- card_uploads and card_grants: what is already on Yoto (audio, covers, icons) and each card's stream grant
CREATE TABLE card_uploads (
    account     TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    result      TEXT    NOT NULL,
    uploaded_ms INTEGER NOT NULL,
    PRIMARY KEY (account, kind, sha256)
);
CREATE TABLE card_grants (
    account  TEXT    NOT NULL,
    card_id  TEXT    NOT NULL,
    grant_id INTEGER NOT NULL,
    PRIMARY KEY (account, card_id)
);
