-- Version 3: search folds the way each language is written. The index holds
-- hfold(note) — Arabic without harakat, tatweel or hamza seats, Turkish i/ı/İ as one,
-- ß as ss — and, being contentless, no second copy of the notes. Queries are folded the
-- same way in Rust.

DROP TRIGGER moments_fts_insert;
DROP TRIGGER moments_fts_delete;
DROP TRIGGER moments_fts_update;
DROP TABLE moments_fts;

CREATE VIRTUAL TABLE moments_fts USING fts5(
    note,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO moments_fts(rowid, note)
    SELECT seq, hfold(note) FROM moments WHERE note IS NOT NULL;

CREATE TRIGGER moments_fts_insert AFTER INSERT ON moments WHEN new.note IS NOT NULL BEGIN
    INSERT INTO moments_fts(rowid, note) VALUES (new.seq, hfold(new.note));
END;

CREATE TRIGGER moments_fts_delete AFTER DELETE ON moments WHEN old.note IS NOT NULL BEGIN
    DELETE FROM moments_fts WHERE rowid = old.seq;
END;

CREATE TRIGGER moments_fts_update AFTER UPDATE OF note, seq ON moments BEGIN
    DELETE FROM moments_fts WHERE rowid = old.seq AND old.note IS NOT NULL;
    INSERT INTO moments_fts(rowid, note)
        SELECT new.seq, hfold(new.note) WHERE new.note IS NOT NULL;
END;
