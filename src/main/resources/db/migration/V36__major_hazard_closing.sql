-- After a major hazard is treated (Order No. 16, Art. 23): the evaluation of the treatment (by the
-- enterprise's own experts or an agency), the written restart application where production or use
-- was stopped (恢复生产申请), which the supervising department decides, and for a hazard listed
-- for supervision its write-off (摘牌销号): the enterprise applies, the department verifies, the
-- listing government approves and the hazard closes.
--
-- One row per round of rectification (the hazard's rejections when the round began): a refusal
-- sends the hazard back to rectification and the next round starts afresh; earlier rounds stay.
create table major_hazard_closing (
    hazard_id               bigint        not null references hazard (id),
    round                   integer       not null,
    evaluator_kind          varchar(8)    not null,
    evaluator               varchar(200)  not null,
    evaluated_on            date          not null,
    conclusion              varchar(4000) not null,
    production_stopped      boolean       not null,
    evaluated_by            bigint        not null references app_user (id),
    evaluated_by_name       varchar(200)  not null,
    evaluated_at            timestamptz   not null,
    restart_request         varchar(4000),
    restart_requested_by    varchar(200),
    restart_requested_at    timestamptz,
    restart_decision        varchar(10),
    restart_decided_by      varchar(200),
    restart_decided_at      timestamptz,
    restart_comment         varchar(2000),
    write_off_request       varchar(4000),
    write_off_requested_by  varchar(200),
    write_off_requested_at  timestamptz,
    write_off_check         varchar(10),
    write_off_checked_by    varchar(200),
    write_off_checked_at    timestamptz,
    write_off_check_comment varchar(2000),
    write_off_decision      varchar(10),
    write_off_decided_by    varchar(200),
    write_off_decided_at    timestamptz,
    write_off_comment       varchar(2000),
    primary key (hazard_id, round),
    constraint major_closing_evaluator check (evaluator_kind in ('EXPERTS', 'AGENCY')),
    constraint major_closing_restart check (restart_decision in ('APPROVED', 'REFUSED')),
    constraint major_closing_check check (write_off_check in ('CONFIRMED', 'REFUSED')),
    constraint major_closing_write_off check (write_off_decision in ('APPROVED', 'REFUSED')),
    -- Each step only after the one before it.
    constraint major_closing_restart_order check (restart_decision is null or restart_request is not null),
    constraint major_closing_check_order check (write_off_check is null or write_off_request is not null),
    constraint major_closing_decision_order check (write_off_decision is null or write_off_check = 'CONFIRMED')
);

-- Scans of the evaluation report, kept as the hazard's photos.
alter table hazard_photo drop constraint hazard_photo_stage;
alter table hazard_photo add constraint hazard_photo_stage check (stage in ('BEFORE', 'AFTER', 'RECHECK', 'EVALUATION'));

-- The listing notice's number (挂牌督办通知书): its year and its place in the listing government's
-- count of that year; kept while the hazard is listed.
alter table hazard add column listing_year integer;
alter table hazard add column listing_seq  integer;
create table listing_counter (
    unit_id bigint  not null references unit (id),
    year    integer not null,
    last    integer not null,
    primary key (unit_id, year)
);

-- Where a major hazard waiting for acceptance is in its closing (ClosingStep): whose turn it is,
-- for the lists of "my work". Major hazards waiting for acceptance now begin with the evaluation.
alter table hazard add column closing_step varchar(24);
alter table hazard add constraint hazard_closing_step check (closing_step in ('EVALUATION', 'RESTART_APPLICATION',
    'RESTART_DECISION', 'ACCEPTANCE', 'WRITE_OFF_APPLICATION', 'WRITE_OFF_CHECK', 'WRITE_OFF_DECISION'));
alter table hazard add constraint hazard_closing_pending check (closing_step is null or state = 'PENDING_ACCEPTANCE');
update hazard set closing_step = 'EVALUATION' where grade = 'MAJOR' and state = 'PENDING_ACCEPTANCE';

-- Hazards listed before today get their numbers in the order they were listed.
with numbered as (
    select id, extract(year from listed_at)::integer as year,
           row_number() over (partition by listed_by_unit_id, extract(year from listed_at) order by listed_at, id) as seq
    from hazard where listed_at is not null
)
update hazard h set listing_year = n.year, listing_seq = n.seq from numbered n where h.id = n.id;
insert into listing_counter (unit_id, year, last)
select listed_by_unit_id, listing_year, max(listing_seq) from hazard
where listing_year is not null group by listed_by_unit_id, listing_year;
