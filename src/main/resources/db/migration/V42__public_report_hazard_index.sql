-- The hazard page asks which case a hazard was raised from.
create index public_report_hazard_idx on public_report (hazard_id) where hazard_id is not null;
