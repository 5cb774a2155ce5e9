-- Open hazards by deadline, ties in a fixed order, so that "the first ten by deadline" reads ten
-- index entries instead of every hazard sharing the earliest deadline (a supervisor's work list and
-- the ledger sorted by deadline: newest first within a day; the overdue review: major first within
-- a day, then oldest). With a million hazards the first deadline group held 715 rows: 30 ms before.
create index hazard_open_deadline_newest_idx on hazard (deadline, id desc) where state <> 'CLOSED';
create index hazard_open_deadline_grade_idx on hazard (deadline, grade desc, id) where state <> 'CLOSED';
drop index hazard_open_deadline_idx;

-- Enterprises by name, for lists of targets and enterprises ordered by name: the first page walks
-- the names in order and stops (a campaign's 50,000 outstanding targets: 100 ms sorted, 1 ms walked).
create index unit_name_order_idx on unit (name, id);
