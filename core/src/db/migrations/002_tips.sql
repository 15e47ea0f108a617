-- Version 2: the daily tip history and the parent's feedback on tips.

-- One row per day a tip was shown; missed days have no row.
CREATE TABLE tip_deliveries (
    child_id      TEXT NOT NULL REFERENCES children(id),
    local_date    TEXT NOT NULL,
    tip_id        TEXT NOT NULL,
    delivered_at  INTEGER NOT NULL,
    PRIMARY KEY (child_id, local_date)
) WITHOUT ROWID;

CREATE TABLE tip_feedback (
    child_id       TEXT NOT NULL REFERENCES children(id),
    tip_id         TEXT NOT NULL,
    tried_at       INTEGER,
    favourite_at   INTEGER,
    not_for_me_at  INTEGER,
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (child_id, tip_id)
) WITHOUT ROWID;
