-- Who answers for which enterprise, defined once (DESIGN.md, "Three kinds of supervision").
--
-- industry_lineage: each industry with itself and every industry above it. An industry department
-- of "manufacturing" answers for an enterprise of any of its sub-sectors.
create view industry_lineage (code, ancestor) as
with recursive lineage (code, ancestor) as (
    select code, code from industry
    union all
    select l.code, i.parent_code
    from lineage l join industry i on i.code = l.ancestor
    where i.parent_code is not null
)
select code, ancestor from lineage;

-- supervision: an active government or department and an enterprise it answers for, with the
-- grounds. A unit answers only for enterprises of its region subtree (the enterprise's region code
-- starts with the unit's); a government for all of them (territorial); a department for those of an
-- industry it governs or of a sub-sector of one (industry); a comprehensive department
-- (emergency management) for all of them (comprehensive), on top of the industries it governs.
create view supervision (supervisor_id, supervisor_type, enterprise_id, territorial, by_industry, comprehensive) as
select s.id, s.type, e.id, g.territorial, g.by_industry, g.comprehensive
from unit s
join unit e on e.type = 'ENTERPRISE' and e.region_code like s.region_code || '%'
cross join lateral (
    select s.type = 'GOVERNMENT' as territorial,
           s.type = 'DEPARTMENT' and exists (
               select 1 from unit_industry ei
               join industry_lineage l on l.code = ei.industry_code
               join unit_industry si on si.industry_code = l.ancestor
               where ei.unit_id = e.id and si.unit_id = s.id) as by_industry,
           s.type = 'DEPARTMENT' and s.comprehensive as comprehensive
) g
where s.active and s.type in ('GOVERNMENT', 'DEPARTMENT')
  and (g.territorial or g.by_industry or g.comprehensive);
