#!/usr/bin/env bash
# Prevention at scale (issue 19): 50,000 enterprises averaging 20 investigation slots a day (a
# million a day). Times the scheduling of a day's work (the job that opens the day's windows, counting
# what is due in them, and closes the ended ones, recording what was missed) and the supervisors'
# completion figures for periods of one to twelve months, month after month of history, to show how
# they grow.
#
#   ./mvnw -B -DskipTests package     # once, builds target/redline-*.jar
#   bench/prevention.sh [enterprises] [months]   # defaults: 50000 enterprises, 12 months
#
# Needs psql and a PostgreSQL server where the current user may create databases (PGHOST, PGPORT,
# PGUSER; defaults 127.0.0.1, 5432, postgres). Creates the database redline_prevention (dropped at
# the end unless KEEP_DB=1) and starts the jar on port 18183 with the demo installation in it.
#
# Each enterprise gets a register with 18 tasks: 17 daily and one per shift (20 slots a day). The
# day's windows are closed with 90 % of its slots done beforehand (inserted as the taps insert them);
# the history of each month is added as the counters stand after it (investigation_day, its roll-up
# and each enterprise's last day), not slot by slot: the figures read only those.
set -euo pipefail
cd "$(dirname "$0")/.."
ENTERPRISES=${1:-50000}
MONTHS=${2:-12}
source bench/common.sh
PORT=18183
DB=redline_prevention
LOG=$(mktemp)

scratch_db $DB
start() {
  start_demo $DB $PORT "$LOG" REDLINE_INVESTIGATIONS_CLOSE_INTERVAL=1000d
}
start

echo "== $ENTERPRISES enterprises, each with a register of 18 tasks (20 slots a day)"
time psql -q -d $DB -v ON_ERROR_STOP=1 <<SQL
insert into unit (type, name, region_code, credit_code, risk_level)
select 'ENTERPRISE', '预防基准企业' || n, (array['440703001','440703101','440703102','440703103'])[1 + n % 4],
       'PREV' || lpad(n::text, 14, '0'), 'BLUE'
from generate_series(1, $ENTERPRISES) n;
insert into unit_industry (unit_id, industry_code)
select id, (array['MACHINERY','TEXTILE','COMMERCE','HAZARDOUS_CHEMICALS','CONSTRUCTION','CROWDED_PLACES'])[1 + id % 6]
from unit where credit_code like 'PREV%';
insert into risk_object (enterprise_id, name, kind, created_at)
select id, '生产车间', 'WORKSHOP', now() - interval '400 days' from unit where credit_code like 'PREV%';
insert into risk_unit (object_id, enterprise_id, name, responsible_person, level)
select o.id, o.enterprise_id, '生产线', '负责人', 'YELLOW' from risk_object o
join unit u on u.id = o.enterprise_id where u.credit_code like 'PREV%';
insert into risk_event (unit_id, enterprise_id, description, method, likelihood, severity, score, level)
select id, enterprise_id, '机械伤害', 'LS', 3, 4, 12, 'YELLOW' from risk_unit r
where exists (select 1 from unit u where u.id = r.enterprise_id and u.credit_code like 'PREV%');
insert into control_measure (event_id, enterprise_id, kind, description)
select id, enterprise_id, 'ENGINEERING', '防护装置' from risk_event e
where exists (select 1 from unit u where u.id = e.enterprise_id and u.credit_code like 'PREV%');
insert into investigation_task (measure_id, unit_id, enterprise_id, content, cycle, post, created_at)
select m.id, e.unit_id, m.enterprise_id, '检查第' || k || '项', case when k = 1 then 'SHIFT' else 'DAY' end, '班组长',
       now() - interval '400 days'
from control_measure m join risk_event e on e.id = m.event_id cross join generate_series(1, 18) k
where exists (select 1 from unit u where u.id = m.enterprise_id and u.credit_code like 'PREV%');
vacuum analyze;
SQL

# A day's work: yesterday's and today's ended windows, 90 % of them done before they close.
echo "== Scheduling a day: 90 % of yesterday's slots done, then today's windows opened and yesterday's closed by the job on a start"
stop_app
time psql -q -d $DB -v ON_ERROR_STOP=1 <<SQL
insert into investigation_schedule (id, closed_until) values (1, date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai' - interval '1 day')
on conflict (id) do update set closed_until = excluded.closed_until;
insert into investigation_record (task_id, enterprise_id, slot_start, slot_end, outcome, recorded_at)
select t.id, t.enterprise_id, s.start, s.start + case when t.cycle = 'SHIFT' then interval '8 hours' else interval '1 day' end,
       'NORMAL', s.start
from investigation_task t
cross join lateral (
    select (date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai' - interval '1 day') + h * interval '1 hour' as start
    from unnest(case when t.cycle = 'SHIFT' then array[0, 8, 16] else array[0] end) h) s
where t.id % 10 <> 0 and exists (select 1 from unit u where u.id = t.enterprise_id and u.credit_code like 'PREV%')
on conflict (task_id, slot_start) do nothing;
SQL
start
grep -a "Opened or closed .* investigation windows" "$LOG" | tail -1 | sed 's/.*Opened/Opened/'

# Months of history: the counters as they stand after each month, and the figures' times.
cat >"$LOG.login.py" <<'PY'
import datetime, http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request
base = f"http://localhost:{sys.argv[1]}"
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
token = re.search(r'name="_csrf" value="([^"]+)"', web.open(base + "/login").read().decode()).group(1)
web.open(base + "/login", urllib.parse.urlencode({"username": "gov", "password": "demo", "_csrf": token}).encode())
out = []
for label, days in (("a month", 30), ("a quarter", 91), ("a year", 365)):
    to = datetime.date.fromisoformat(sys.argv[3])
    frm = max(datetime.date.fromisoformat(sys.argv[2]), to - datetime.timedelta(days=days - 1))
    path = f"/prevention?from={frm}&to={to}"
    web.open(base + path).read()
    times = []
    for _ in range(7):
        t = time.perf_counter(); web.open(base + path).read(); times.append((time.perf_counter() - t) * 1000)
    out.append(f"{label} {statistics.median(times):6.1f} ms")
print("   ".join(out))
PY
echo "== Months of history: the supervisors' page (as gov, Pengjiang), medians of 7"
FIRST=$(psql -tA -d $DB -c "select (current_date - interval '$MONTHS months')::date")
for m in $(seq 1 "$MONTHS"); do
  psql -q -d $DB -v ON_ERROR_STOP=1 <<SQL
with days as (
    select d::date as day from generate_series('$FIRST'::date + ($m - 1) * interval '1 month',
                                               '$FIRST'::date + $m * interval '1 month' - interval '1 day', interval '1 day') d),
counts as (
    select t.enterprise_id, days.day, 20 as due, 17 + (t.enterprise_id + extract(doy from days.day)::int) % 3 as done,
           case when (t.enterprise_id + extract(doy from days.day)::int) % 29 = 0 then 1 else 0 end as found
    from (select distinct enterprise_id from investigation_task) t cross join days),
ins as (
    insert into investigation_day (enterprise_id, day, due, done, found, missed)
    select enterprise_id, day, due, done, found, due - done - found from counts
    on conflict (enterprise_id, day) do nothing
    returning enterprise_id, day, due, done, found, missed),
last as (
    insert into investigation_last (enterprise_id, last_day)
    select enterprise_id, max(day) from ins where done + found > 0 group by enterprise_id
    on conflict (enterprise_id) do update set last_day = greatest(investigation_last.last_day, excluded.last_day))
insert into investigation_tally (region_code, industries, day, due, done, found, missed)
select k.region_code, k.industries, i.day, sum(i.due), sum(i.done), sum(i.found), sum(i.missed)
from ins i join enterprise_key k on k.enterprise_id = i.enterprise_id
group by 1, 2, 3
on conflict (region_code, industries, day) do update set due = investigation_tally.due + excluded.due,
    done = investigation_tally.done + excluded.done, found = investigation_tally.found + excluded.found,
    missed = investigation_tally.missed + excluded.missed;
analyze investigation_day; analyze investigation_tally;
SQL
  TO=$(psql -tA -d $DB -c "select ('$FIRST'::date + $m * interval '1 month' - interval '1 day')::date")
  ROWS=$(psql -tA -d $DB -c "select count(*) from investigation_day")
  printf "after %2d months (%9s enterprise-days): " "$m" "$ROWS"
  python3 "$LOG.login.py" "$PORT" "$FIRST" "$TO"
done
