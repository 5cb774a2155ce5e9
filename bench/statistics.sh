#!/usr/bin/env bash
# Statistics tables at scale (issue 20): the supervisors' view of who submitted a period's table,
# over many enterprises, most of them signed. Times the submissions page (counts and the first page,
# filtered by status, town and industry, and a late page) as the district government's supervisor,
# and the export of every row.
#
#   ./mvnw -B -DskipTests package     # once, builds target/redline-*.jar
#   bench/statistics.sh [enterprises]  # default 50000
#
# Needs psql and a PostgreSQL server where the current user may create databases (PGHOST, PGPORT,
# PGUSER; defaults 127.0.0.1, 5432, postgres). Creates the database redline_statistics (dropped at
# the end unless KEEP_DB=1) and starts the jar on port 18184 with the demo installation in it.
set -euo pipefail
cd "$(dirname "$0")/.."
ENTERPRISES=${1:-50000}
source bench/common.sh
PORT=18184
DB=redline_statistics
LOG=$(mktemp)

scratch_db $DB
start_demo $DB $PORT "$LOG"

echo "== $ENTERPRISES enterprises in the district; 80 % signed the last quarter (a tenth of those late)"
time psql -q -d $DB -v ON_ERROR_STOP=1 <<SQL
insert into unit (type, name, region_code, credit_code, risk_level)
select 'ENTERPRISE', '报表基准企业' || n, (array['440703001','440703101','440703102','440703103'])[1 + n % 4],
       'STAT' || lpad(n::text, 14, '0'), 'BLUE'
from generate_series(1, $ENTERPRISES) n;
insert into unit_industry (unit_id, industry_code)
select id, (array['MACHINERY','TEXTILE','COMMERCE','HAZARDOUS_CHEMICALS','CONSTRUCTION','CROWDED_PLACES'])[1 + id % 6]
from unit where credit_code like 'STAT%';
insert into enterprise_key (enterprise_id, region_code, industries)
select u.id, u.region_code, array_agg(i.industry_code order by i.industry_code)
from unit u join unit_industry i on i.unit_id = u.id where u.credit_code like 'STAT%'
group by u.id, u.region_code
on conflict (enterprise_id) do nothing;
insert into statistics_report (enterprise_id, year, quarter, enterprise_name, found_general, found_major, self_found,
    department_found, rectified_general, rectified_major, rectified_of_found, open_general, open_major, overdue, listed,
    signed_by, signed_by_name, signed_at, deadline, late, content_hash)
select u.id, p.year, p.quarter, u.name, 5, 0, 3, 2, 4, 0, 4, 1, 0, 0, 0, (select min(id) from app_user), '基准负责人',
       p.deadline - interval '2 days' + case when u.id % 10 = 0 then interval '5 days' else interval '0 days' end, p.deadline,
       u.id % 10 = 0, md5(u.id::text) || md5(u.id::text)
from unit u,
     (select extract(year from q)::int as year, extract(quarter from q)::int as quarter,
             (q + interval '3 months' + interval '14 days')::date as deadline
      from (select date_trunc('quarter', now() at time zone 'Asia/Shanghai') - interval '3 months' as q) last) p
where u.credit_code like 'STAT%' and u.id % 5 <> 0;
analyze;
SQL

python3 - "$PORT" <<'PY'
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request
base = f"http://localhost:{sys.argv[1]}"
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
token = re.search(r'name="_csrf" value="([^"]+)"', web.open(base + "/login").read().decode()).group(1)
web.open(base + "/login", urllib.parse.urlencode({"username": "gov", "password": "demo", "_csrf": token}).encode())
pages = {
    "submissions, all": "/reports/submissions",
    "not submitted": "/reports/submissions?show=NOT_SUBMITTED",
    "late": "/reports/submissions?show=LATE",
    "a town": "/reports/submissions?region=440703101",
    "an industry": "/reports/submissions?industry=TEXTILE",
    "page 500": "/reports/submissions?page=500",
}
for _ in range(10):
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
period = re.search(r'<option value="([0-9Q-]+)" selected', web.open(base + "/reports/submissions").read().decode()).group(1)
started = time.perf_counter()
size = len(web.open(base + "/reports/submissions/export.xlsx?period=" + period).read())
print(f"{'export, every enterprise':35s} {(time.perf_counter() - started) * 1000:7.0f} ms   {size / 1024:.0f} KB")
print("PASS" if worst < 100 else "SLOW", f"(target: under 100 ms; worst median {worst:.1f} ms)")
PY
