-- The dashboard counts closings per day and month, and "closed by the deadline", in the
-- installation's time zone: the closing day is kept beside the closing instant.
alter table hazard add column closed_on date;
update hazard set closed_on = (closed_at at time zone '${timezone}')::date where closed_at is not null;
alter table hazard add constraint hazard_closed_on check ((closed_at is null) = (closed_on is null));
create index hazard_closed_on_idx on hazard (closed_on) where closed_on is not null;
create index hazard_enterprise_deadline_idx on hazard (enterprise_id, deadline) where state <> 'CLOSED';
