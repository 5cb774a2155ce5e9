-- The overdue review's "most overdue" enterprises without joining every enterprise's key (a third of
-- the review's time at 1,000,000 hazards, issue 17): each open deadline per enterprise carries the
-- key (region, industries) it counts under, like the other roll-ups. A row takes its enterprise's
-- key as it is when written, so a key's move (its -1 rows under the old key, +1 under the new) and a
-- fold (which writes the rows again) keep it right without changing the functions that write them.
alter table enterprise_due_tally add column region_code varchar(9);
alter table enterprise_due_tally add column industries  text[];
update enterprise_due_tally t set region_code = k.region_code, industries = k.industries
from enterprise_key k where k.enterprise_id = t.enterprise_id;
delete from enterprise_due_tally where region_code is null;
alter table enterprise_due_tally alter column region_code set not null;
alter table enterprise_due_tally alter column industries set not null;
create index enterprise_due_tally_region_idx on enterprise_due_tally (region_code varchar_pattern_ops);

create function enterprise_due_key() returns trigger
language plpgsql as $$
begin
    if NEW.region_code is null then
        select k.region_code, k.industries into NEW.region_code, NEW.industries
        from enterprise_key k where k.enterprise_id = NEW.enterprise_id;
    end if;
    return NEW;
end
$$;
create trigger enterprise_due_key before insert on enterprise_due_tally
    for each row execute function enterprise_due_key();
