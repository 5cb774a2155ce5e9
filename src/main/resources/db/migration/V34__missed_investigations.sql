-- The supervisors' list of missed investigation windows, newest first, in their scope: walked from
-- the newest missed window down (the scope's test is a lookup of each one's enterprise key), so the
-- first page costs the same however many windows were missed in a year.
create index investigation_record_missed_end_idx on investigation_record (slot_end desc) where outcome = 'MISSED';
