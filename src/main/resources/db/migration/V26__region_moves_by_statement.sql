-- Enterprises that change region in one statement (a region moved: its units' codes change by the
-- foreign key's cascade; an administrator's edit) move their counts with one grouped insert per
-- roll-up for all of them, instead of one enterprise at a time: measured at 1.2 ms per enterprise,
-- a district of 50,000 would hold the move's transaction for a minute.

-- The row trigger keeps what is not a region move: a new type, active or risk level.
drop trigger unit_key_update on unit;
create trigger unit_key_update after update on unit
    for each row
    when ((old.region_code is not distinct from new.region_code or old.type is distinct from new.type)
          and (old.region_code, old.type, old.active, old.risk_level)
              is distinct from (new.region_code, new.type, new.active, new.risk_level))
    execute function unit_key_trigger();

create function unit_keys_moved() returns trigger
language plpgsql as $$
begin
    with moved as (
        select k.enterprise_id, k.region_code as was, n.region_code as now_, k.industries,
               n.active, n.risk_level
        from new_units n
        join old_units o on o.id = n.id
        join enterprise_key k on k.enterprise_id = n.id
        where n.type = 'ENTERPRISE' and o.type = 'ENTERPRISE' and n.region_code is not null
          and n.region_code is distinct from o.region_code
    ),
    sides as (
        select enterprise_id, was as region_code, industries, -1 as sign from moved
        union all
        select enterprise_id, now_, industries, 1 from moved
    ),
    hazards as (
        insert into hazard_tally (region_code, industries, campaign_id, grade, state, listed, on_time, due_on, n)
        select s.region_code, s.industries, coalesce(h.campaign_id, 0), h.grade, h.state, h.listed_at is not null,
               coalesce(h.state = 'CLOSED' and h.closed_on <= h.deadline, false),
               case when h.state <> 'CLOSED' then h.deadline end, sum(s.sign)
        from sides s join hazard h on h.enterprise_id = s.enterprise_id
        group by 1, 2, 3, 4, 5, 6, 7, 8
    ),
    months as (
        insert into hazard_month_tally (region_code, industries, campaign_id, month, reported, closed)
        select s.region_code, s.industries, coalesce(h.campaign_id, 0), date_trunc('month', h.reported_on)::date,
               sum(s.sign), 0
        from sides s join hazard h on h.enterprise_id = s.enterprise_id
        group by 1, 2, 3, 4
        union all
        select s.region_code, s.industries, coalesce(h.campaign_id, 0), date_trunc('month', h.closed_on)::date,
               0, sum(s.sign)
        from sides s join hazard h on h.enterprise_id = s.enterprise_id
        where h.state = 'CLOSED' and h.closed_on is not null
        group by 1, 2, 3, 4
    ),
    dues as (
        insert into enterprise_due_tally (enterprise_id, due_on, n, region_code, industries)
        select s.enterprise_id, h.deadline, sum(s.sign), s.region_code, s.industries
        from sides s join hazard h on h.enterprise_id = s.enterprise_id
        where h.state <> 'CLOSED' and h.deadline is not null
        group by s.enterprise_id, h.deadline, s.region_code, s.industries
    ),
    targets as (
        insert into campaign_tally (campaign_id, region_code, industries, self_inspected, visited, begun, n)
        select t.campaign_id, s.region_code, s.industries, t.self_inspected, t.visited, t.begun, sum(s.sign)
        from sides s join campaign_target t on t.enterprise_id = s.enterprise_id
        group by 1, 2, 3, 4, 5, 6
    )
    update enterprise_key k
    set region_code = m.now_, active = m.active, risk_level = m.risk_level
    from moved m
    where k.enterprise_id = m.enterprise_id;
    return null;
end
$$;
create trigger unit_keys_moved after update on unit
    referencing old table as old_units new table as new_units
    for each statement execute function unit_keys_moved();
