-- Security events join the audit trail: sign-ins (and failures and locks), sign-outs, exports.
-- The address is the client's (behind a TLS proxy, the forwarded one when forwarded headers are on).
alter table audit_record add column address varchar(64);
-- Failed sign-ins are also counted per address, so guessing across usernames from one place slows down.
create table login_address_lock (
    address           varchar(64) primary key,
    failures          integer     not null,
    window_started_at timestamptz not null,
    locked_until      timestamptz
);
