-- The home page counts a scope's enterprises by risk level: from enterprise_key (one narrow row per
-- enterprise, V20) instead of the unit table and its industries (53 ms for a department of 50,000
-- enterprises, issue 17). enterprise_key now also holds whether the enterprise is active and its
-- risk level; only a change of region or industries moves its hazards and targets.
alter table enterprise_key add column active     boolean    not null default true;
alter table enterprise_key add column risk_level varchar(8);
update enterprise_key k set active = u.active, risk_level = u.risk_level from unit u where u.id = k.enterprise_id;
create index enterprise_key_region_idx on enterprise_key (region_code varchar_pattern_ops);

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
        perform tally_hazard(h, was, -1) from hazard h where h.enterprise_id = p_enterprise;
        perform tally_target(t, was, -1) from campaign_target t where t.enterprise_id = p_enterprise;
        delete from enterprise_key where enterprise_id = p_enterprise;
    end if;
    if now_.enterprise_id is not null then
        insert into enterprise_key (enterprise_id, region_code, industries, active, risk_level)
        values (now_.enterprise_id, now_.region_code, now_.industries, now_.active, now_.risk_level);
        perform tally_hazard(h, now_, 1) from hazard h where h.enterprise_id = p_enterprise;
        perform tally_target(t, now_, 1) from campaign_target t where t.enterprise_id = p_enterprise;
    end if;
end
$$;

drop trigger unit_key_update on unit;
create trigger unit_key_update after update on unit
    for each row
    when ((old.region_code, old.type, old.active, old.risk_level)
          is distinct from (new.region_code, new.type, new.active, new.risk_level))
    execute function unit_key_trigger();

-- The repair command: recounts every roll-up and key from the hazards, targets and units.
create function tally_rebuild() returns void
language plpgsql as $$
begin
    perform hazard_tally_rebuild();
    update enterprise_key k set active = u.active, risk_level = u.risk_level from unit u where u.id = k.enterprise_id;
    perform campaign_tally_rebuild();
end
$$;
