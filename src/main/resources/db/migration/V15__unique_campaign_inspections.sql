-- One self-inspection per campaign and enterprise, one campaign visit per campaign and enterprise:
-- a second start (a double click, a second tab) leads to the first. Where a double click already
-- made two, the one with most progress (completed, then most answers, then the newest, which the
-- enterprise's card linked) keeps the campaign; the others keep all their data as ordinary
-- inspections of the enterprise.
with ranked as (
    select i.id, row_number() over (
               partition by i.campaign_id, i.enterprise_id, i.type
               order by (i.state = 'COMPLETED') desc,
                        (select count(*) from inspection_result r where r.inspection_id = i.id) desc,
                        i.id desc) as rank
    from inspection i
    where i.campaign_id is not null
)
update inspection set campaign_id = null where id in (select id from ranked where rank > 1);
create unique index inspection_campaign_uq on inspection (campaign_id, enterprise_id, type)
    where campaign_id is not null;
