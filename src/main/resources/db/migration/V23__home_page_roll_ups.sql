-- What the home page still counted per request (issue 17, profiled at 40 pages/s over 1,000,000
-- hazards): a scope's active enterprises by risk level (12 ms over 50,000 enterprise keys) and an
-- inspector's inspections waiting (a scan of every inspection the user ever created).

-- Active enterprises by where they are and their risk level, kept from enterprise_key by a trigger
-- (every write of a key goes through enterprise_key_refresh or a rebuild, and both land here).
create table enterprise_tally (
    region_code varchar(9) not null,
    industries  text[]     not null,
    risk_level  varchar(8),
    n           bigint     not null
);
create index enterprise_tally_region_idx on enterprise_tally (region_code varchar_pattern_ops);

create function enterprise_tally_trigger() returns trigger
language plpgsql as $$
begin
    if TG_OP in ('UPDATE', 'DELETE') and OLD.active then
        insert into enterprise_tally (region_code, industries, risk_level, n)
        values (OLD.region_code, OLD.industries, OLD.risk_level, -1);
    end if;
    if TG_OP in ('INSERT', 'UPDATE') and NEW.active then
        insert into enterprise_tally (region_code, industries, risk_level, n)
        values (NEW.region_code, NEW.industries, NEW.risk_level, 1);
    end if;
    return null;
end
$$;
create trigger enterprise_tally_change after insert or update or delete on enterprise_key
    for each row execute function enterprise_tally_trigger();

insert into enterprise_tally (region_code, industries, risk_level, n)
select region_code, industries, risk_level, count(*) from enterprise_key where active group by 1, 2, 3;

create function enterprise_tally_compact() returns void
language sql as $$
    with gone as (delete from enterprise_tally returning *)
    insert into enterprise_tally (region_code, industries, risk_level, n)
    select region_code, industries, risk_level, sum(n)
    from gone
    group by 1, 2, 3
    having sum(n) <> 0;
$$;

-- An inspector's drafts and the completed inspections still waiting for their notice.
create index inspection_creator_draft_idx on inspection (created_by, inspected_on, id) where state = 'DRAFT';
create index inspection_creator_findings_idx on inspection (created_by, inspected_on, id)
    where state = 'COMPLETED' and hazards_raised > 0 and type <> 'SELF_INSPECTION';
