-- Roll-ups of the hazards and of campaign targets, so that the dashboard, the overdue review and a
-- campaign's board add up a few thousand rows instead of every hazard or target of a scope (issue 17). Kept by triggers in the transaction of every change
-- (a hazard reported, planned, extended, listed, closed; an enterprise moved to another region or
-- given other industries), as rows of +1 and -1 that a job folds together every minute
-- (hazard_tally_compact, campaign_tally_compact). Readers add up whatever rows there are, so they
-- are exact between two folds too. hazard_tally_rebuild() and campaign_tally_rebuild() recount
-- everything from the hazards and targets (the repair command).

-- Where each enterprise counts: its region and its industries (sorted). A hazard counts under its
-- enterprise's key; when the key changes, the enterprise's hazards move with it.
create table enterprise_key (
    enterprise_id bigint     primary key references unit (id) on delete cascade,
    region_code   varchar(9) not null,
    industries    text[]     not null
);

-- Hazards by where they are and what they are; due_on is an open hazard's deadline (a deadline
-- already past when the rows were folded reads -infinity: overdue whatever day it is).
create table hazard_tally (
    region_code varchar(9)  not null,
    industries  text[]      not null,
    campaign_id bigint      not null, -- 0: raised outside any campaign
    grade       varchar(16) not null,
    state       varchar(24) not null,
    listed      boolean     not null,
    on_time     boolean     not null, -- closed by its deadline
    due_on      date,
    n           bigint      not null
);
create index hazard_tally_region_idx on hazard_tally (region_code varchar_pattern_ops);

-- Hazards reported and closed per month, for the trend and "closed this month".
create table hazard_month_tally (
    region_code varchar(9) not null,
    industries  text[]     not null,
    campaign_id bigint     not null,
    month       date       not null,
    reported    bigint     not null,
    closed      bigint     not null
);
create index hazard_month_tally_month_idx on hazard_month_tally (month);

-- Open hazards with a deadline, per enterprise: the overdue review's "most overdue".
create table enterprise_due_tally (
    enterprise_id bigint not null,
    due_on        date   not null,
    n             bigint not null
);
create index enterprise_due_tally_enterprise_idx on enterprise_due_tally (enterprise_id);

-- What one hazard adds to (sign 1) or takes from (sign -1) the roll-ups, counted under key k.
create function tally_hazard(h hazard, k enterprise_key, sign integer) returns void
language sql as $$
    insert into hazard_tally (region_code, industries, campaign_id, grade, state, listed, on_time, due_on, n)
    values (k.region_code, k.industries, coalesce(h.campaign_id, 0), h.grade, h.state, h.listed_at is not null,
            coalesce(h.state = 'CLOSED' and h.closed_on <= h.deadline, false),
            case when h.state <> 'CLOSED' then h.deadline end, sign);
    insert into hazard_month_tally (region_code, industries, campaign_id, month, reported, closed)
    select k.region_code, k.industries, coalesce(h.campaign_id, 0), date_trunc('month', h.reported_on)::date, sign, 0
    union all
    select k.region_code, k.industries, coalesce(h.campaign_id, 0), date_trunc('month', h.closed_on)::date, 0, sign
    where h.state = 'CLOSED' and h.closed_on is not null;
    insert into enterprise_due_tally (enterprise_id, due_on, n)
    select h.enterprise_id, h.deadline, sign
    where h.state <> 'CLOSED' and h.deadline is not null;
$$;

-- A row of a counted table (hazard, campaign_target) changed: what it counted under its enterprise's
-- key comes off, what it counts now goes on.
create function tally_trigger() returns trigger
language plpgsql as $$
declare
    k enterprise_key;
begin
    if TG_OP in ('UPDATE', 'DELETE') then
        select * into k from enterprise_key where enterprise_id = OLD.enterprise_id;
        if TG_TABLE_NAME = 'hazard' then
            perform tally_hazard(OLD, k, -1);
        else
            perform tally_target(OLD, k, -1);
        end if;
    end if;
    if TG_OP in ('INSERT', 'UPDATE') then
        select * into k from enterprise_key where enterprise_id = NEW.enterprise_id;
        if TG_TABLE_NAME = 'hazard' then
            perform tally_hazard(NEW, k, 1);
        else
            perform tally_target(NEW, k, 1);
        end if;
    end if;
    return null;
end
$$;

create trigger hazard_tally_insert_delete after insert or delete on hazard
    for each row execute function tally_trigger();
-- Only a change of what the roll-ups count by moves a hazard (not its escalation level, its text).
create trigger hazard_tally_update after update on hazard
    for each row
    when ((old.enterprise_id, old.campaign_id, old.grade, old.state, old.listed_at is null, old.deadline,
           old.closed_on, old.reported_on)
          is distinct from
          (new.enterprise_id, new.campaign_id, new.grade, new.state, new.listed_at is null, new.deadline,
           new.closed_on, new.reported_on))
    execute function tally_trigger();

-- A campaign's progress without looking at every target's inspections on each request: each
-- target knows what it has done (kept by a trigger on inspections), and campaign_tally counts
-- targets by campaign, region, industries and those flags.
alter table campaign_target add column self_inspected boolean not null default false;
alter table campaign_target add column visited        boolean not null default false;
alter table campaign_target add column begun          boolean not null default false;

-- What a target has done in its campaign, from the inspections of the campaign at the enterprise.
create function campaign_target_refresh(p_campaign bigint, p_enterprise bigint) returns void
language sql as $$
    update campaign_target t
    set self_inspected = exists (select 1 from inspection i where i.campaign_id = t.campaign_id
                                 and i.enterprise_id = t.enterprise_id and i.type = 'SELF_INSPECTION'
                                 and i.state = 'COMPLETED'),
        visited = exists (select 1 from inspection i where i.campaign_id = t.campaign_id
                          and i.enterprise_id = t.enterprise_id and i.type = 'SPECIAL_CAMPAIGN'
                          and i.state = 'COMPLETED'),
        begun = exists (select 1 from inspection i where i.campaign_id = t.campaign_id
                        and i.enterprise_id = t.enterprise_id)
    where t.campaign_id = p_campaign and t.enterprise_id = p_enterprise;
$$;

create function inspection_target_trigger() returns trigger
language plpgsql as $$
begin
    if TG_OP in ('UPDATE', 'DELETE') and OLD.campaign_id is not null then
        perform campaign_target_refresh(OLD.campaign_id, OLD.enterprise_id);
    end if;
    if TG_OP in ('INSERT', 'UPDATE') and NEW.campaign_id is not null then
        perform campaign_target_refresh(NEW.campaign_id, NEW.enterprise_id);
    end if;
    return null;
end
$$;
create trigger inspection_target_insert_delete after insert or delete on inspection
    for each row execute function inspection_target_trigger();
create trigger inspection_target_update after update on inspection
    for each row
    when ((old.campaign_id, old.enterprise_id, old.type, old.state)
          is distinct from (new.campaign_id, new.enterprise_id, new.type, new.state))
    execute function inspection_target_trigger();

-- Targets by campaign, where they are and what they have done.
create table campaign_tally (
    campaign_id    bigint     not null,
    region_code    varchar(9) not null,
    industries     text[]     not null,
    self_inspected boolean    not null,
    visited        boolean    not null,
    begun          boolean    not null,
    n              bigint     not null
);
create index campaign_tally_campaign_idx on campaign_tally (campaign_id);

create function tally_target(t campaign_target, k enterprise_key, sign integer) returns void
language sql as $$
    insert into campaign_tally (campaign_id, region_code, industries, self_inspected, visited, begun, n)
    values (t.campaign_id, k.region_code, k.industries, t.self_inspected, t.visited, t.begun, sign);
$$;

create trigger campaign_target_tally_insert_delete after insert or delete on campaign_target
    for each row execute function tally_trigger();
create trigger campaign_target_tally_update after update on campaign_target
    for each row
    when ((old.campaign_id, old.enterprise_id, old.self_inspected, old.visited, old.begun)
          is distinct from (new.campaign_id, new.enterprise_id, new.self_inspected, new.visited, new.begun))
    execute function tally_trigger();

-- Puts an enterprise's key as it is now, and moves its hazards and campaign targets from the old key to the new one.
create function enterprise_key_refresh(p_enterprise bigint) returns void
language plpgsql as $$
declare
    was enterprise_key;
    now_ enterprise_key;
begin
    select * into was from enterprise_key where enterprise_id = p_enterprise;
    select u.id, u.region_code,
           array(select ui.industry_code::text from unit_industry ui where ui.unit_id = u.id order by 1)
    into now_
    from unit u
    where u.id = p_enterprise and u.type = 'ENTERPRISE' and u.region_code is not null;
    if was is not distinct from now_ then
        return;
    end if;
    if was.enterprise_id is not null then
        perform tally_hazard(h, was, -1) from hazard h where h.enterprise_id = p_enterprise;
        perform tally_target(t, was, -1) from campaign_target t where t.enterprise_id = p_enterprise;
        delete from enterprise_key where enterprise_id = p_enterprise;
    end if;
    if now_.enterprise_id is not null then
        insert into enterprise_key (enterprise_id, region_code, industries)
        values (now_.enterprise_id, now_.region_code, now_.industries);
        perform tally_hazard(h, now_, 1) from hazard h where h.enterprise_id = p_enterprise;
        perform tally_target(t, now_, 1) from campaign_target t where t.enterprise_id = p_enterprise;
    end if;
end
$$;

create function unit_key_trigger() returns trigger
language plpgsql as $$
begin
    perform enterprise_key_refresh(NEW.id);
    return null;
end
$$;
create trigger unit_key_insert after insert on unit
    for each row when (new.type = 'ENTERPRISE') execute function unit_key_trigger();
create trigger unit_key_update after update on unit
    for each row when (old.region_code is distinct from new.region_code or old.type is distinct from new.type)
    execute function unit_key_trigger();

create function unit_industry_key_trigger() returns trigger
language plpgsql as $$
begin
    if TG_OP in ('UPDATE', 'DELETE') then
        perform enterprise_key_refresh(OLD.unit_id);
    end if;
    if TG_OP in ('INSERT', 'UPDATE') and (TG_OP = 'INSERT' or NEW.unit_id <> OLD.unit_id) then
        perform enterprise_key_refresh(NEW.unit_id);
    end if;
    return null;
end
$$;
create trigger unit_industry_key after insert or update or delete on unit_industry
    for each row execute function unit_industry_key_trigger();

-- Folds the rows of each key into one, drops those that add up to nothing, and reads deadlines
-- before p_today as -infinity (they stay overdue).
create function hazard_tally_compact(p_today date) returns void
language plpgsql as $$
begin
    with gone as (delete from hazard_tally returning *)
    insert into hazard_tally (region_code, industries, campaign_id, grade, state, listed, on_time, due_on, n)
    select region_code, industries, campaign_id, grade, state, listed, on_time,
           case when due_on < p_today then '-infinity'::date else due_on end, sum(n)
    from gone
    group by 1, 2, 3, 4, 5, 6, 7, 8
    having sum(n) <> 0;

    with gone as (delete from hazard_month_tally returning *)
    insert into hazard_month_tally (region_code, industries, campaign_id, month, reported, closed)
    select region_code, industries, campaign_id, month, sum(reported), sum(closed)
    from gone
    group by 1, 2, 3, 4
    having sum(reported) <> 0 or sum(closed) <> 0;

    with gone as (delete from enterprise_due_tally returning *)
    insert into enterprise_due_tally (enterprise_id, due_on, n)
    select enterprise_id, case when due_on < p_today then '-infinity'::date else due_on end, sum(n)
    from gone
    group by 1, 2
    having sum(n) <> 0;
end
$$;

-- Recounts every roll-up from the hazards (the repair command; also how they start).
create function hazard_tally_rebuild() returns void
language plpgsql as $$
begin
    delete from enterprise_key;
    insert into enterprise_key (enterprise_id, region_code, industries)
    select u.id, u.region_code,
           array(select ui.industry_code::text from unit_industry ui where ui.unit_id = u.id order by 1)
    from unit u
    where u.type = 'ENTERPRISE' and u.region_code is not null;

    delete from hazard_tally;
    insert into hazard_tally (region_code, industries, campaign_id, grade, state, listed, on_time, due_on, n)
    select k.region_code, k.industries, coalesce(h.campaign_id, 0), h.grade, h.state, h.listed_at is not null,
           coalesce(h.state = 'CLOSED' and h.closed_on <= h.deadline, false),
           case when h.state <> 'CLOSED' then h.deadline end, count(*)
    from hazard h
    join enterprise_key k on k.enterprise_id = h.enterprise_id
    group by 1, 2, 3, 4, 5, 6, 7, 8;

    delete from hazard_month_tally;
    insert into hazard_month_tally (region_code, industries, campaign_id, month, reported, closed)
    select region_code, industries, campaign_id, month, sum(reported), sum(closed)
    from (
        select k.region_code, k.industries, coalesce(h.campaign_id, 0) as campaign_id,
               date_trunc('month', h.reported_on)::date as month, 1 as reported, 0 as closed
        from hazard h join enterprise_key k on k.enterprise_id = h.enterprise_id
        union all
        select k.region_code, k.industries, coalesce(h.campaign_id, 0),
               date_trunc('month', h.closed_on)::date, 0, 1
        from hazard h join enterprise_key k on k.enterprise_id = h.enterprise_id
        where h.state = 'CLOSED' and h.closed_on is not null
    ) m
    group by 1, 2, 3, 4;

    delete from enterprise_due_tally;
    insert into enterprise_due_tally (enterprise_id, due_on, n)
    select h.enterprise_id, h.deadline, count(*)
    from hazard h
    where h.state <> 'CLOSED' and h.deadline is not null
    group by 1, 2;
end
$$;

create function campaign_tally_compact() returns void
language sql as $$
    with gone as (delete from campaign_tally returning *)
    insert into campaign_tally (campaign_id, region_code, industries, self_inspected, visited, begun, n)
    select campaign_id, region_code, industries, self_inspected, visited, begun, sum(n)
    from gone
    group by 1, 2, 3, 4, 5, 6
    having sum(n) <> 0;
$$;

create function campaign_tally_rebuild() returns void
language plpgsql as $$
begin
    perform campaign_target_refresh(campaign_id, enterprise_id) from campaign_target;
    delete from campaign_tally;
    insert into campaign_tally (campaign_id, region_code, industries, self_inspected, visited, begun, n)
    select t.campaign_id, k.region_code, k.industries, t.self_inspected, t.visited, t.begun, count(*)
    from campaign_target t
    join enterprise_key k on k.enterprise_id = t.enterprise_id
    group by 1, 2, 3, 4, 5, 6;
end
$$;

select hazard_tally_rebuild();
-- The targets' flags as the inspections say, without the roll-up trigger (the rebuild counts them).
alter table campaign_target disable trigger campaign_target_tally_update;
select campaign_tally_rebuild();
alter table campaign_target enable trigger campaign_target_tally_update;
