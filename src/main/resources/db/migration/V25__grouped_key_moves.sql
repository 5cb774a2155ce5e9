-- When an enterprise's key changes (its region moved, its industries changed), its counts move with
-- one grouped insert per roll-up instead of one call per hazard and per target: moving a district
-- with a million hazards would otherwise take minutes inside the administrator's transaction.

-- What all the hazards and campaign targets of one enterprise add to (sign 1) or take from (sign -1)
-- the roll-ups, counted under key k: the same rows tally_hazard and tally_target write, grouped.
create function tally_enterprise(p_enterprise bigint, k enterprise_key, sign integer) returns void
language sql as $$
    insert into hazard_tally (region_code, industries, campaign_id, grade, state, listed, on_time, due_on, n)
    select k.region_code, k.industries, coalesce(h.campaign_id, 0), h.grade, h.state, h.listed_at is not null,
           coalesce(h.state = 'CLOSED' and h.closed_on <= h.deadline, false),
           case when h.state <> 'CLOSED' then h.deadline end, sign * count(*)
    from hazard h
    where h.enterprise_id = p_enterprise
    group by 3, 4, 5, 6, 7, 8;

    insert into hazard_month_tally (region_code, industries, campaign_id, month, reported, closed)
    select k.region_code, k.industries, m.campaign_id, m.month, sign * sum(m.reported), sign * sum(m.closed)
    from (
        select coalesce(h.campaign_id, 0) as campaign_id, date_trunc('month', h.reported_on)::date as month,
               1 as reported, 0 as closed
        from hazard h
        where h.enterprise_id = p_enterprise
        union all
        select coalesce(h.campaign_id, 0), date_trunc('month', h.closed_on)::date, 0, 1
        from hazard h
        where h.enterprise_id = p_enterprise and h.state = 'CLOSED' and h.closed_on is not null
    ) m
    group by m.campaign_id, m.month;

    insert into enterprise_due_tally (enterprise_id, due_on, n, region_code, industries)
    select p_enterprise, h.deadline, sign * count(*), k.region_code, k.industries
    from hazard h
    where h.enterprise_id = p_enterprise and h.state <> 'CLOSED' and h.deadline is not null
    group by h.deadline;

    insert into campaign_tally (campaign_id, region_code, industries, self_inspected, visited, begun, n)
    select t.campaign_id, k.region_code, k.industries, t.self_inspected, t.visited, t.begun, sign * count(*)
    from campaign_target t
    where t.enterprise_id = p_enterprise
    group by t.campaign_id, t.self_inspected, t.visited, t.begun;
$$;

create or replace function enterprise_key_refresh(p_enterprise bigint) returns void
language plpgsql as $$
declare
    was enterprise_key;
    now_ enterprise_key;
begin
    select * into was from enterprise_key where enterprise_id = p_enterprise;
    select u.id, u.region_code,
           array(select ui.industry_code::text from unit_industry ui where ui.unit_id = u.id order by 1),
           u.active, u.risk_level
    into now_
    from unit u
    where u.id = p_enterprise and u.type = 'ENTERPRISE' and u.region_code is not null;
    if was is not distinct from now_ then
        return;
    end if;
    if (was.enterprise_id, was.region_code, was.industries)
            is not distinct from (now_.enterprise_id, now_.region_code, now_.industries) then
        update enterprise_key set active = now_.active, risk_level = now_.risk_level
        where enterprise_id = p_enterprise;
        return;
    end if;
    if was.enterprise_id is not null then
        perform tally_enterprise(p_enterprise, was, -1);
        delete from enterprise_key where enterprise_id = p_enterprise;
    end if;
    if now_.enterprise_id is not null then
        insert into enterprise_key (enterprise_id, region_code, industries, active, risk_level)
        values (now_.enterprise_id, now_.region_code, now_.industries, now_.active, now_.risk_level);
        perform tally_enterprise(p_enterprise, now_, 1);
    end if;
end
$$;
