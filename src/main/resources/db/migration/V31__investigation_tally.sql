-- Prevention's figures for supervisors: the investigation counters rolled up by the enterprise's key
-- (region and industries, as the hazard roll-ups) and day, so a region's or an industry's completion
-- rate over a year sums a few rows per key and day instead of every enterprise's days. Kept with
-- investigation_day (the same statements add to both); when enterprises change key, their days move
-- with them, from investigation_day.

create table investigation_tally (
    region_code varchar(9) not null,
    industries  text[]     not null,
    day         date       not null,
    due         bigint     not null default 0,
    done        bigint     not null default 0,
    found       bigint     not null default 0,
    missed      bigint     not null default 0,
    primary key (region_code, industries, day)
);
create index investigation_tally_day_idx on investigation_tally (day, region_code varchar_pattern_ops);

create function investigation_tally_move(p_keys enterprise_key[], sign integer) returns void
language sql as $$
    insert into investigation_tally (region_code, industries, day, due, done, found, missed)
    select k.region_code, k.industries, d.day,
           sign * sum(d.due), sign * sum(d.done), sign * sum(d.found), sign * sum(d.missed)
    from unnest(p_keys) k
    join investigation_day d on d.enterprise_id = k.enterprise_id
    group by 1, 2, 3
    on conflict (region_code, industries, day) do update set
        due = investigation_tally.due + excluded.due,
        done = investigation_tally.done + excluded.done,
        found = investigation_tally.found + excluded.found,
        missed = investigation_tally.missed + excluded.missed
$$;

create function investigation_keys_inserted() returns trigger
language plpgsql as $$
begin
    perform investigation_tally_move(array(select n::enterprise_key from new_keys n), 1);
    return null;
end
$$;

create function investigation_keys_deleted() returns trigger
language plpgsql as $$
begin
    perform investigation_tally_move(array(select o::enterprise_key from old_keys o), -1);
    return null;
end
$$;

create function investigation_keys_updated() returns trigger
language plpgsql as $$
begin
    perform investigation_tally_move(array(
        select o::enterprise_key from old_keys o join new_keys n on n.enterprise_id = o.enterprise_id
        where (o.region_code, o.industries) is distinct from (n.region_code, n.industries)), -1);
    perform investigation_tally_move(array(
        select n::enterprise_key from new_keys n join old_keys o on o.enterprise_id = n.enterprise_id
        where (o.region_code, o.industries) is distinct from (n.region_code, n.industries)), 1);
    return null;
end
$$;

create trigger investigation_keys_inserted after insert on enterprise_key
    referencing new table as new_keys for each statement execute function investigation_keys_inserted();
create trigger investigation_keys_deleted after delete on enterprise_key
    referencing old table as old_keys for each statement execute function investigation_keys_deleted();
create trigger investigation_keys_updated after update on enterprise_key
    referencing old table as old_keys new table as new_keys for each statement execute function investigation_keys_updated();

-- Adds counts of enterprises' days to both investigation_day and the roll-up: one row per
-- (enterprise, day) with the increments.
create function investigation_count(p_enterprise bigint[], p_day date, p_due integer[], p_done integer[],
                                    p_found integer[], p_missed integer[]) returns void
language sql as $$
    with counts as (
        select * from unnest(p_enterprise, p_due, p_done, p_found, p_missed) as c(enterprise_id, due, done, found, missed)
    ),
    days as (
        insert into investigation_day (enterprise_id, day, due, done, found, missed)
        select enterprise_id, p_day, due, done, found, missed from counts
        on conflict (enterprise_id, day) do update set
            due = investigation_day.due + excluded.due,
            done = investigation_day.done + excluded.done,
            found = investigation_day.found + excluded.found,
            missed = investigation_day.missed + excluded.missed
    )
    insert into investigation_tally (region_code, industries, day, due, done, found, missed)
    select k.region_code, k.industries, p_day, sum(c.due), sum(c.done), sum(c.found), sum(c.missed)
    from counts c join enterprise_key k on k.enterprise_id = c.enterprise_id
    group by 1, 2
    on conflict (region_code, industries, day) do update set
        due = investigation_tally.due + excluded.due,
        done = investigation_tally.done + excluded.done,
        found = investigation_tally.found + excluded.found,
        missed = investigation_tally.missed + excluded.missed
$$;

-- What there is so far (V30's days) rolled up.
insert into investigation_tally (region_code, industries, day, due, done, found, missed)
select k.region_code, k.industries, d.day, sum(d.due), sum(d.done), sum(d.found), sum(d.missed)
from investigation_day d join enterprise_key k on k.enterprise_id = d.enterprise_id
group by 1, 2, 3;
