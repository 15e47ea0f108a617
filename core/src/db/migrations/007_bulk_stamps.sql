-- Version 7: many moments stamped at once (an import), by the rule every other row
-- follows.
--
-- The rule is written once, as the view below: the next stamp is the clock plus one,
-- and never less than the wall clock in milliseconds. A statement reads the same
-- `now` wherever it asks, its triggers included.
--
-- Every stamp trigger takes its stamp from the view. A bulk write takes a block of
-- consecutive stamps starting at the view's value in the statement that inserts the
-- rows (journal::bulk) and then moves the clock to the end of the block. A moment row
-- that arrives with a stamp at least the view's value carries a fresh stamp from
-- that block; any other row (the column's default, or an old stamp) is stamped by
-- its trigger as before. So each row gets exactly one fresh stamp, and no stamp
-- is given twice.

CREATE VIEW share_next_stamp (stamp) AS
    SELECT max(stamp + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER)) FROM share_clock;

DROP TRIGGER children_stamp_insert;
DROP TRIGGER children_stamp_update;
DROP TRIGGER moments_stamp_insert;
DROP TRIGGER moments_stamp_update;
DROP TRIGGER tip_feedback_stamp_insert;
DROP TRIGGER tip_feedback_stamp_update;
DROP TRIGGER settings_stamp_insert;
DROP TRIGGER settings_stamp_update;

CREATE TRIGGER children_stamp_insert AFTER INSERT ON children BEGIN
    UPDATE share_clock SET stamp = (SELECT stamp FROM share_next_stamp);
    UPDATE children SET changed = (SELECT stamp FROM share_clock) WHERE id = new.id;
END;
CREATE TRIGGER children_stamp_update
AFTER UPDATE OF id, name, birth_date, due_date, created_at, updated_at, deleted_at ON children BEGIN
    UPDATE share_clock SET stamp = (SELECT stamp FROM share_next_stamp);
    UPDATE children SET changed = (SELECT stamp FROM share_clock) WHERE id = new.id;
END;

CREATE TRIGGER moments_stamp_insert AFTER INSERT ON moments
WHEN new.changed < (SELECT stamp FROM share_next_stamp) BEGIN
    UPDATE share_clock SET stamp = (SELECT stamp FROM share_next_stamp);
    UPDATE moments SET changed = (SELECT stamp FROM share_clock) WHERE seq = new.seq;
END;
CREATE TRIGGER moments_stamp_update
AFTER UPDATE OF id, child_id, kind, occurred_at, utc_offset_min, note, duration_min, caregiver,
    created_at, updated_at, deleted_at ON moments BEGIN
    UPDATE share_clock SET stamp = (SELECT stamp FROM share_next_stamp);
    UPDATE moments SET changed = (SELECT stamp FROM share_clock) WHERE seq = new.seq;
END;

CREATE TRIGGER tip_feedback_stamp_insert AFTER INSERT ON tip_feedback BEGIN
    UPDATE share_clock SET stamp = (SELECT stamp FROM share_next_stamp);
    UPDATE tip_feedback SET changed = (SELECT stamp FROM share_clock)
        WHERE child_id = new.child_id AND tip_id = new.tip_id;
END;
CREATE TRIGGER tip_feedback_stamp_update
AFTER UPDATE OF child_id, tip_id, tried_at, favourite_at, not_for_me_at, updated_at
ON tip_feedback BEGIN
    UPDATE share_clock SET stamp = (SELECT stamp FROM share_next_stamp);
    UPDATE tip_feedback SET changed = (SELECT stamp FROM share_clock)
        WHERE child_id = new.child_id AND tip_id = new.tip_id;
END;

CREATE TRIGGER settings_stamp_insert AFTER INSERT ON settings BEGIN
    UPDATE share_clock SET stamp = (SELECT stamp FROM share_next_stamp);
    UPDATE settings SET changed = (SELECT stamp FROM share_clock) WHERE key = new.key;
END;
CREATE TRIGGER settings_stamp_update AFTER UPDATE OF key, value, updated_at ON settings BEGIN
    UPDATE share_clock SET stamp = (SELECT stamp FROM share_next_stamp);
    UPDATE settings SET changed = (SELECT stamp FROM share_clock) WHERE key = new.key;
END;
