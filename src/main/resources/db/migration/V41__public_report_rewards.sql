-- Rewards for reports (举报奖励): for a report that led to a major hazard or a penalty, the handler
-- proposes a reward by the configured rule (by default the national scheme: 15 % of the fine, at
-- least 3,000 and at most 300,000 RMB), a supervisor of the handling department approves or refuses
-- it, and it is marked paid with the payment's reference. The reporter sees it with the follow-up
-- code. Each step is also in the case's history.
alter table public_report
    add column reward_status      varchar(10),
    add column reward_fine        numeric(14, 2),
    add column reward_amount      numeric(12, 2),
    add column reward_basis       varchar(200),
    add column reward_proposed_by bigint references app_user (id),
    add column reward_proposed_at timestamptz,
    add column reward_decided_by  bigint references app_user (id),
    add column reward_decided_at  timestamptz,
    add column reward_note        varchar(1000),
    add column reward_paid_at     timestamptz,
    add column reward_reference   varchar(100),
    add constraint public_report_reward_status
        check (reward_status in ('PROPOSED', 'APPROVED', 'REFUSED', 'PAID')),
    add constraint public_report_reward_amount check (reward_amount is null or reward_amount >= 0),
    add constraint public_report_reward_public check (reward_status is null or channel = 'PUBLIC');
create index public_report_reward_idx on public_report (handler_unit_id, reward_status)
    where reward_status in ('PROPOSED', 'APPROVED');
