-- The report an enterprise files when one of its hazards is graded major (Order No. 16, Art. 14):
-- the hazard's present state and causes, its degree of danger and how hard it is to rectify, and
-- the treatment plan. One per hazard; supervisors are told, and a major hazard without one is
-- flagged on its page.
create table major_hazard_report (
    hazard_id      bigint        primary key references hazard (id),
    present_state  varchar(4000) not null,
    danger         varchar(4000) not null,
    treatment      varchar(4000) not null,
    filed_by       bigint        not null references app_user (id),
    filed_by_name  varchar(200)  not null,
    filed_at       timestamptz   not null
);
