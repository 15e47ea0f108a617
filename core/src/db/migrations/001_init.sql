-- Version 1: children, the moment journal with its full-text index, settings.
-- Every user row has a UUID, created/updated times and a tombstone, so that two
-- devices can merge journals by id.

CREATE TABLE children (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    birth_date  TEXT,
    due_date    TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER,
    CHECK (birth_date IS NOT NULL OR due_date IS NOT NULL)
);

-- `seq` is the moment's time key: occurred_at in ms times 1000 plus a tie-breaker.
-- It is the rowid of both the table and the full-text index, so the newest matches of
-- a search come straight off the index without sorting every match.
CREATE TABLE moments (
    seq             INTEGER PRIMARY KEY NOT NULL,
    id              TEXT NOT NULL UNIQUE,
    child_id        TEXT NOT NULL REFERENCES children(id),
    kind            TEXT NOT NULL,
    occurred_at     INTEGER NOT NULL,
    utc_offset_min  INTEGER NOT NULL,
    local_date      TEXT NOT NULL,
    note            TEXT,
    duration_min    INTEGER,
    caregiver       TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER
);

CREATE INDEX moments_live ON moments(child_id, seq) WHERE deleted_at IS NULL;
CREATE INDEX moments_trash ON moments(child_id, deleted_at) WHERE deleted_at IS NOT NULL;

CREATE VIRTUAL TABLE moments_fts USING fts5(
    note,
    content = 'moments',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER moments_fts_insert AFTER INSERT ON moments WHEN new.note IS NOT NULL BEGIN
    INSERT INTO moments_fts(rowid, note) VALUES (new.seq, new.note);
END;

CREATE TRIGGER moments_fts_delete AFTER DELETE ON moments WHEN old.note IS NOT NULL BEGIN
    INSERT INTO moments_fts(moments_fts, rowid, note) VALUES ('delete', old.seq, old.note);
END;

CREATE TRIGGER moments_fts_update AFTER UPDATE OF note, seq ON moments BEGIN
    INSERT INTO moments_fts(moments_fts, rowid, note)
        SELECT 'delete', old.seq, old.note WHERE old.note IS NOT NULL;
    INSERT INTO moments_fts(rowid, note)
        SELECT new.seq, new.note WHERE new.note IS NOT NULL;
END;

CREATE TABLE settings (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;
