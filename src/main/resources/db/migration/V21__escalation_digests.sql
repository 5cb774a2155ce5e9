-- A supervisor is told once a day how many hazards in their scope became overdue or were escalated
-- to them (a digest), not once per hazard: after a backlog's first escalation a district
-- government had 364,000 unread notifications (issue 17).
alter table notification add column digest_on date;
alter table notification add column hazards integer;
create unique index notification_digest_uq on notification (recipient_id, type, digest_on)
    where digest_on is not null;

-- The escalation batches each digest has counted: a batch delivered twice counts once.
create table notification_digest_batch (
    event_key    uuid   not null,
    recipient_id bigint not null references app_user (id),
    primary key (event_key, recipient_id)
);
