-- Bumped when a user is disabled or a password is reset or changed: sessions signed in under an
-- older epoch end at their next request, on every instance.
alter table app_user add column session_epoch integer not null default 0;
create index app_user_display_name_idx on app_user (lower(display_name));
