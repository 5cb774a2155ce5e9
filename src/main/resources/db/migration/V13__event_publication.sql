-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc): each
-- event is written here in the transaction that publishes it, once per listener, and marked
-- complete when that listener has done its work; incomplete ones are delivered again.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- A notification written for an event remembers it: a listener run twice for one event (a
-- redelivery after a crash) tells nobody twice.
alter table notification add column event_key uuid;
create unique index notification_event_uq on notification (recipient_id, event_key) where event_key is not null;
