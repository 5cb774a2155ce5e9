-- Major hazards of a state, newest first: the ledger filtered to "major" and a state walks exactly the
-- rows it shows. Without it PostgreSQL walked all hazards newest first looking for the few major ones
-- (1,000,000 hazards, "major and rectifying": 35,783 rows read for a page of 25, 205 ms; with it
-- 0.5 ms). Major hazards are few, so the index is small (1.6 MB at a million hazards).
create index hazard_major_idx on hazard (state, reported_on desc, id desc) where grade = 'MAJOR';
