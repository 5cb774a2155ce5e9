-- My work (待我处理): what waits for each user, counted with indexes.

-- The accepting side of hazards a department or government found.
create index hazard_found_by_open_idx on hazard (found_by_unit_id, state) where state <> 'CLOSED';
-- Hazards enterprises found themselves that a supervising department accepts (MAJOR).
create index hazard_self_major_open_idx on hazard (state) where self_found and grade = 'MAJOR' and state <> 'CLOSED';

-- How many hazards an inspection raised when it was completed: a completed inspection of a
-- department or government with findings and no notice is its inspector's notice to issue.
alter table inspection add column hazards_raised integer not null default 0;
update inspection i set hazards_raised = (select count(*) from hazard h where h.inspection_id = i.id)
where i.state = 'COMPLETED';
create index inspection_created_by_idx on inspection (created_by, state, completed_at desc);
