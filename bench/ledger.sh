#!/usr/bin/env bash
# Times the hazard ledger (filtered, scoped, paged), a hazard page, the dashboard, the overdue
# review and a campaign's board and target list with many hazards and enterprises in the database.
#
#   ./mvnw -B -DskipTests package          # once, builds target/redline-*.jar
#   bench/ledger.sh [hazards] [enterprises] # defaults: 1000000 hazards across 50000 enterprises
#
# Needs psql and a PostgreSQL server where the current user may create databases (PGHOST, PGPORT,
# PGUSER; defaults 127.0.0.1, 5432, postgres). It creates the database redline_bench, starts the jar
# on port 18181 with the demo installation in it, adds the enterprises and hazards with SQL, then
# signs in as `inspector` (who sees Pengjiang, where all of them are) and times each page several
# times. Target (DESIGN.md): well under 100 ms per list page. The database is dropped at the end
# unless KEEP_DB=1; LOAD_ONLY=1 loads it and leaves the application running on it, for profiling;
# REUSE=1 times a kept database again without loading it (after rebuilding the jar). JAR= runs
# another jar than target/redline-*.jar (e.g. a copy, to rebuild while it runs).
set -euo pipefail
cd "$(dirname "$0")/.."
HAZARDS=${1:-1000000}
ENTERPRISES=${2:-50000}
source bench/common.sh
PORT=18181
LOG=$(mktemp)

# REUSE=1: time the database a previous run kept (KEEP_DB=1) again, after a change to the jar.
REUSE=${REUSE:-0}
[ "$REUSE" = 1 ] && KEEP_DB=1
scratch_db redline_bench
start_demo redline_bench $PORT "$LOG"

[ "$REUSE" = 1 ] && echo "== reusing redline_bench as it is" || echo "== adding $ENTERPRISES enterprises and $HAZARDS hazards"
[ "$REUSE" = 1 ] || time psql -q -d redline_bench -v ON_ERROR_STOP=1 <<SQL
-- Generated rows go in without the roll-up triggers (a million of them one at a time would take
-- minutes); tally_rebuild() at the end counts them as the triggers would have.
set session_replication_role = replica;
insert into unit (type, name, region_code, credit_code, risk_level)
select 'ENTERPRISE', '基准企业' || n, (array['440703001','440703101','440703102','440703103'])[1 + n % 4],
       'BENCH' || lpad(n::text, 13, '0'), (array['RED','ORANGE','YELLOW','BLUE'])[1 + n % 4]
from generate_series(1, $ENTERPRISES) n;
insert into unit_industry (unit_id, industry_code)
select id, (array['MACHINERY','TEXTILE','COMMERCE','HAZARDOUS_CHEMICALS','CONSTRUCTION','CROWDED_PLACES'])[1 + id % 6]
from unit where credit_code like 'BENCH%';
create temporary table bench_enterprise as
  select row_number() over (order by id) as k, id from unit where credit_code like 'BENCH%';
insert into hazard (enterprise_id, found_by_unit_id, self_found, location, description, category, grade, legal_basis,
                    state, reported_at, reported_on, reported_by, deadline, responsible_person, measures,
                    closed_at, closed_on)
select e.id,
       (select id from unit where name = '江门市蓬江区应急管理局'),
       false,
       '车间' || (n % 40) || '号区域',
       (array['配电箱线路老化','安全出口堵塞','灭火器压力不足','有限空间未审批','防护罩缺失','叉车无证驾驶'])[1 + n % 6] || ' #' || n,
       (array['UNSAFE_CONDITION','UNSAFE_BEHAVIOUR','MANAGEMENT_DEFECT','ENVIRONMENT'])[1 + n % 4],
       case when n % 25 = 0 then 'MAJOR' else 'GENERAL' end,
       'GB 0000-2020',
       (array['REPORTED','RECTIFYING','RECTIFYING','PENDING_ACCEPTANCE','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + n % 8],
       now() - (n % 700) * interval '1 day',
       current_date - (n % 700),
       (select id from app_user where username = 'inspector'),
       case when n % 8 = 0 then null else current_date - (n % 700) + 15 end,
       '张三', '按规范整改',
       case when n % 8 >= 4 then least(now(), now() - (n % 700) * interval '1 day' + interval '10 days') end,
       case when n % 8 >= 4 then least(current_date, current_date - (n % 700) + 10) end
from generate_series(1, $HAZARDS) n
join bench_enterprise e on e.k = 1 + n % $ENTERPRISES;
-- A campaign over every generated enterprise: 60 % self-inspected, 30 % visited, a tenth of the hazards raised in it.
insert into campaign (title, reason, unit_id, region_code, launched_by, launched_at, template_id, starts_on, ends_on,
                      mode, criteria, target_count)
select '基准专项整治', '基准', (select id from unit where name = '江门市蓬江区人民政府'), '440703',
       (select id from app_user where username = 'gov'), now(),
       (select min(id) from checklist_template where current), current_date - 10, current_date + 20, 'BOTH', '基准',
       $ENTERPRISES;
insert into campaign_target (campaign_id, enterprise_id)
select (select max(id) from campaign), id from bench_enterprise;
insert into inspection (enterprise_id, unit_id, template_id, type, inspected_on, inspectors, state, created_by,
                        created_at, completed_at, campaign_id)
select e.id, case when v then (select id from unit where name = '江门市蓬江区应急管理局') else e.id end,
       (select min(id) from checklist_template where current),
       case when v then 'SPECIAL_CAMPAIGN' else 'SELF_INSPECTION' end, current_date - 5, '基准', 'COMPLETED',
       (select id from app_user where username = 'inspector'), now(), now(), (select max(id) from campaign)
from bench_enterprise e cross join (values (false), (true)) kinds (v)
where (not v and e.k % 10 < 6) or (v and e.k % 10 >= 7);
update hazard set campaign_id = (select max(id) from campaign) where id % 10 = 0;
set session_replication_role = origin;
select tally_rebuild();
SQL
# As a running installation is: autovacuum has cleared what the load, the rebuild and the
# application's own start (its first escalation over the backlog) left behind, and has analysed the
# tables. Also when reusing a database: a server without autovacuum (as on the machine these figures
# were measured on) leaves the roll-ups' dead rows and stale statistics, and the planner scanned a
# 72-row roll-up as if it held 88,000 rows (the dashboard 70 -> 160 ms). The roll-ups' rows of +1 and
# -1 are folded first, as the running application's job would a minute later (after the vacuum, it
# left the roll-up of enterprises with 1,651 pages of dead rows: 6.9 ms for 72 live ones).
psql -q -d redline_bench -c "select hazard_tally_compact(current_date), campaign_tally_compact(),
  enterprise_tally_compact(), statistics_tally_compact()" >/dev/null
psql -q -d redline_bench -c "vacuum analyze"
if [ "${LOAD_ONLY:-0}" = 1 ]; then
  # For profiling by hand: the application keeps running on the loaded database until stopped.
  echo "loaded: http://localhost:$PORT (as inspector / demo), database redline_bench; Ctrl-C stops"
  KEEP_DB=1
  wait $APP
  exit 0
fi

COOKIE=$(mktemp)
python3 - "$PORT" "$COOKIE" <<'PY'
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request
base = f"http://localhost:{sys.argv[1]}"
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
token = re.search(r'name="_csrf" value="([^"]+)"', web.open(base + "/login").read().decode()).group(1)
web.open(base + "/login", urllib.parse.urlencode({"username": "inspector", "password": "demo", "_csrf": token}).encode())
first = re.search(r'href="/hazards/(\d+)"', web.open(base + "/hazards").read().decode()).group(1)
campaign = re.search(r'href="/campaigns/(\d+)"', web.open(base + "/campaigns?phase=RUNNING").read().decode()).group(1)
pages = {
    "ledger, newest first": "/hazards",
    "overdue only, most overdue first": "/hazards?overdue=true&sort=overdue",
    "major and rectifying": "/hazards?grade=MAJOR&state=RECTIFYING",
    "industry and town": "/hazards?industry=TEXTILE&region=440703101",
    "text search": "/hazards?q=" + urllib.parse.quote("灭火器压力不足 #77"),
    "reported in a month": "/hazards?reportedFrom=2026-01-01&reportedTo=2026-01-31",
    "page 200": "/hazards?page=200",
    "one hazard": "/hazards/" + first,
    "dashboard (home page)": "/",
    "dashboard, drilled into a town": "/?region=440703101",
    "overdue review": "/overdue",
    "overdue review, a town": "/overdue?region=440703101",
    "campaign board": "/campaigns/" + campaign,
    "campaign board, a town": "/campaigns/" + campaign + "?region=440703101",
    "campaign targets, not responded": "/campaigns/" + campaign + "/targets?status=OUTSTANDING",
    "campaign targets, page 100": "/campaigns/" + campaign + "/targets?page=100",
}
# Warm the server up first (a fresh JVM is several times slower), as a running installation is.
for _ in range(3):
    for path in pages.values():
        web.open(base + path).read()
worst = 0
for name, path in pages.items():
    times = []
    for _ in range(15):
        started = time.perf_counter()
        web.open(base + path).read()
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times[5:])
    worst = max(worst, median)
    print(f"{name:35s} median {median:7.1f} ms   (first {times[0]:.0f} ms)")
print("PASS" if worst < 100 else "SLOW", f"(target: list pages well under 100 ms; worst median {worst:.1f} ms)")
cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
with open(sys.argv[2], "w") as out:
    out.write(cookie + "\n")
    for name in ("dashboard (home page)", "overdue review", "campaign board", "one hazard", "ledger, newest first"):
        out.write(name + "\t" + pages[name] + "\n")
# Sixteen more sign-ins: the concurrent load is sixteen users, each with a session of their own
# (sessions live in PostgreSQL; one shared session would make every request wait on one row).
with open(sys.argv[2] + ".sessions", "w") as out:
    for _ in range(16):
        other = http.cookiejar.CookieJar()
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(other))
        token = re.search(r'name="_csrf" value="([^"]+)"', browser.open(base + "/login").read().decode()).group(1)
        browser.open(base + "/login", urllib.parse.urlencode({"username": "inspector", "password": "demo", "_csrf": token}).encode())
        out.write("; ".join(f"{c.name}={c.value}" for c in other) + "\n")
PY
cat >"$COOKIE.lua" <<LUA
-- Each request carries the next of the sixteen sessions.
local sessions, n = {}, 0
for line in io.lines("$COOKIE.sessions") do n = n + 1; sessions[n] = line end
local i = 0
request = function()
  i = i % n + 1
  return wrk.format(nil, nil, { Cookie = sessions[i] })
end
LUA

# The database floor of each loaded page: the SQL one request runs, replayed by pgbench with 1 and
# 16 clients (bench/floor.py; needs superuser access and the server's log). NO_FLOOR=1 skips it.
FLOOR=$(mktemp)
if [ "${NO_FLOOR:-0}" != 1 ] && command -v pgbench >/dev/null; then
  echo "== The database floor: each page's own SQL in pgbench"
  python3 bench/floor.py "$PORT" "$COOKIE" "$FLOOR" redline_bench || echo "(no floor: see above)"
fi

# Concurrent load: 16 connections for 10 s on each page (wrk, from Debian's package), client on the
# same machine, beside the page's database floor. Target (issue 17): 50 pages/s or more on the
# dashboard, the overdue review and the campaign board, with no error.
if command -v wrk >/dev/null; then
  echo "== 16 connections as 16 signed-in users, 10 s each (wrk), and the share of the database floor reached"
  { read -r cookie; while IFS=$'\t' read -r name path; do
      out=$(wrk -t2 -c16 -d10s --latency -s "$COOKIE.lua" "http://localhost:$PORT$path" 2>&1)
      rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
      median=$(echo "$out" | awk '$1 == "50%" {print $2}')
      errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
      timeouts=$(echo "$out" | awk '/Socket errors/ {print $NF}')
      floor=$(awk -F'\t' -v n="$name" '$1 == n {print $4}' "$FLOOR")
      ratio=$([ -n "$floor" ] && awk -v r="$rate" -v f="$floor" 'BEGIN {printf "%.2f", r / f}' || echo "-")
      printf "%-35s %8s pages/s   median %8s   errors %s   timeouts %s   floor %s pages/s   ratio %s\n" \
        "$name" "$rate" "$median" "${errors:-0}" "${timeouts:-0}" "${floor:--}" "$ratio"
    done; } < "$COOKIE"
else
  echo "(wrk not installed: apt-get install wrk for the concurrent load)"
fi
