-- Campaigns launched from an accident (举一反三): the accident's page shows their progress and each
-- campaign's page links back to the accident.
create table accident_campaign (
    accident_id bigint not null references accident (id),
    campaign_id bigint not null references campaign (id),
    primary key (accident_id, campaign_id)
);
create unique index accident_campaign_campaign_idx on accident_campaign (campaign_id);
