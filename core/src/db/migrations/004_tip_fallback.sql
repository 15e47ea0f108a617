-- Version 4: whether an any-age tip served because no window held the child's age is
-- stored with the day's delivery, as the scheduler decided it. NULL on older rows and
-- imported ones: the flag is then read off the tip's window.
ALTER TABLE tip_deliveries ADD COLUMN fallback INTEGER;
