-- Version 5: search as you type comes off an index. The last word a parent types is a
-- prefix; without a prefix index FTS5 must merge every match of every word that starts
-- with it before it can return the newest, so a common word cost milliseconds. The
-- index keeps the first 1 to 8 letters of every word; a longer last word is matched on
-- its first eight letters (journal::fts_query).

DROP TRIGGER moments_fts_insert;
DROP TRIGGER moments_fts_delete;
DROP TRIGGER moments_fts_update;
DROP TABLE moments_fts;

CREATE VIRTUAL TABLE moments_fts USING fts5(
    note,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6 7 8'
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
