-- An accident at a place that is not an enterprise Redline knows (a road works site, a public place):
-- the site's name, and the region and industry it was recorded under (who supervises it).
alter table accident alter column enterprise_id drop not null;
alter table accident add column site varchar(200);
alter table accident add constraint accident_where check (enterprise_id is not null or site is not null);
