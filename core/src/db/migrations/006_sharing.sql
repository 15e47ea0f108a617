-- Version 6: sharing with a partner's phone (src/share/).
--
-- Every row that travels carries `changed`: a stamp from this journal's own clock,
-- set by the triggers below on every insert and every change, so that "what changed
-- since the partner last had everything" is `changed > their watermark`. The clock
-- counts up by one per change and never lags the wall clock (milliseconds), so a
-- journal put back from a backup still stamps above every stamp a partner has seen.
-- Rows older than this version get stamp 1; the clock starts there.

ALTER TABLE children ADD COLUMN changed INTEGER NOT NULL DEFAULT 1;
ALTER TABLE moments ADD COLUMN changed INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tip_feedback ADD COLUMN changed INTEGER NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN changed INTEGER NOT NULL DEFAULT 1;

CREATE INDEX moments_changed ON moments(changed);

-- One row: this journal's id in bundles (random, not a device id) and its clock.
CREATE TABLE share_clock (
    only     INTEGER PRIMARY KEY NOT NULL CHECK (only = 1),
    replica  TEXT NOT NULL,
    stamp    INTEGER NOT NULL
);
INSERT INTO share_clock (only, replica, stamp) VALUES (1, lower(hex(randomblob(16))), 1);

-- The pairing code and this journal's salt for it. Never exported.
CREATE TABLE share_pairing (
    only  INTEGER PRIMARY KEY NOT NULL CHECK (only = 1),
    code  TEXT NOT NULL,
    salt  BLOB NOT NULL
);

-- Per partner journal:
--   have      their stamp up to which this journal holds everything they had;
--   acked     our stamp up to which they said they hold everything we had;
--   acked_by  their clock when they said so (a later bundle of theirs overrules it).
CREATE TABLE share_partners (
    replica   TEXT PRIMARY KEY NOT NULL,
    have      INTEGER NOT NULL DEFAULT 0,
    acked     INTEGER NOT NULL DEFAULT 0,
    acked_by  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Stamps (lo, hi] that a bundle from `partner` wrote here: that partner has those
-- rows already, so bundles leave them out for it.
CREATE TABLE share_echo (
    partner  TEXT NOT NULL,
    lo       INTEGER NOT NULL,
    hi       INTEGER NOT NULL,
    PRIMARY KEY (partner, lo)
) WITHOUT ROWID;

CREATE TRIGGER children_stamp_insert AFTER INSERT ON children BEGIN
    UPDATE share_clock SET stamp = max(stamp + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
    UPDATE children SET changed = (SELECT stamp FROM share_clock) WHERE id = new.id;
END;
CREATE TRIGGER children_stamp_update
AFTER UPDATE OF id, name, birth_date, due_date, created_at, updated_at, deleted_at ON children BEGIN
    UPDATE share_clock SET stamp = max(stamp + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
    UPDATE children SET changed = (SELECT stamp FROM share_clock) WHERE id = new.id;
END;

CREATE TRIGGER moments_stamp_insert AFTER INSERT ON moments BEGIN
    UPDATE share_clock SET stamp = max(stamp + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
    UPDATE moments SET changed = (SELECT stamp FROM share_clock) WHERE seq = new.seq;
END;
CREATE TRIGGER moments_stamp_update
AFTER UPDATE OF id, child_id, kind, occurred_at, utc_offset_min, note, duration_min, caregiver,
    created_at, updated_at, deleted_at ON moments BEGIN
    UPDATE share_clock SET stamp = max(stamp + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
    UPDATE moments SET changed = (SELECT stamp FROM share_clock) WHERE seq = new.seq;
END;

CREATE TRIGGER tip_feedback_stamp_insert AFTER INSERT ON tip_feedback BEGIN
    UPDATE share_clock SET stamp = max(stamp + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
    UPDATE tip_feedback SET changed = (SELECT stamp FROM share_clock)
        WHERE child_id = new.child_id AND tip_id = new.tip_id;
END;
CREATE TRIGGER tip_feedback_stamp_update
AFTER UPDATE OF child_id, tip_id, tried_at, favourite_at, not_for_me_at, updated_at
ON tip_feedback BEGIN
    UPDATE share_clock SET stamp = max(stamp + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
    UPDATE tip_feedback SET changed = (SELECT stamp FROM share_clock)
        WHERE child_id = new.child_id AND tip_id = new.tip_id;
END;

CREATE TRIGGER settings_stamp_insert AFTER INSERT ON settings BEGIN
    UPDATE share_clock SET stamp = max(stamp + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
    UPDATE settings SET changed = (SELECT stamp FROM share_clock) WHERE key = new.key;
END;
CREATE TRIGGER settings_stamp_update AFTER UPDATE OF key, value, updated_at ON settings BEGIN
    UPDATE share_clock SET stamp = max(stamp + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
    UPDATE settings SET changed = (SELECT stamp FROM share_clock) WHERE key = new.key;
END;
