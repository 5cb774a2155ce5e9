-- The page a hazard was reported from, as its form named it (a public report's case
-- "public-report:<id>", an investigation task's window "investigation:<task>:<start ms>"); null for
-- every other hazard. The hazard page asks the features a hazard can come from (HazardOrigin) only
-- when it names one, instead of asking on every view. The link itself stays where it was recorded
-- (public_report.hazard_id, investigation_record.hazard_id); hazards reported before this migration
-- get the origin those links say.
alter table hazard add column origin varchar(100);

update hazard h set origin = 'public-report:' || p.id
from public_report p
where p.hazard_id = h.id;

update hazard h set origin = 'investigation:' || r.task_id || ':' || (extract(epoch from r.slot_start) * 1000)::bigint
from investigation_record r
where r.hazard_id = h.id and h.origin is null;
