-- One-time tokens of forms that create something: a second submission of the same form (a double
-- click, a reload, the back button) is refused instead of creating the thing twice.
create table form_submission (
    token   varchar(64) primary key,
    user_id bigint      not null,
    at      timestamptz not null
);
create index form_submission_at_idx on form_submission (at);
