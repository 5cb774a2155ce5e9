#!/usr/bin/env bash
# Redline beside spring-petclinic on the same machine and database server, alternating: the load
# generator (wrk, 16 connections, 10 s) takes petclinic's owner page, Redline's hazard page,
# petclinic's find-owners page and Redline's ledger in turn, ROUNDS times (default 5), and prints
# each round and the medians. Issue 17's targets: the hazard page serves at least as many pages per
# second as the owner page, the ledger at least as many as find-owners.
#
#   bench/petclinic.sh path/to/spring-petclinic.jar [redline-port]
#
# Redline must be running with data and the user `inspector` (e.g. `LOAD_ONLY=1 bench/ledger.sh`,
# port 18181). Petclinic is built from its repository (`./mvnw -DskipTests package`; this machine
# reaches Maven Central but not GitHub, so bring its sources along) and started here on port 18182
# against a scratch database petclinic_bench, with 40 more owners named Bench so that its search
# lists a page of results like the ledger does.
set -euo pipefail
cd "$(dirname "$0")/.."
PETCLINIC_JAR=${1:?usage: bench/petclinic.sh path/to/spring-petclinic.jar [redline-port]}
REDLINE_PORT=${2:-18181}
ROUNDS=${ROUNDS:-5}
source bench/common.sh
PC_PORT=18182
WORK=$(mktemp -d)

psql -q -d postgres -c "drop database if exists petclinic_bench" -c "create database petclinic_bench"
java -jar "$PETCLINIC_JAR" --spring.profiles.active=postgres --server.port=$PC_PORT \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/petclinic_bench" \
  --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" >"$WORK/petclinic.log" 2>&1 &
PC=$!
trap 'kill $PC 2>/dev/null || true; psql -q -d postgres -c "drop database if exists petclinic_bench" || true' EXIT
for _ in $(seq 1 90); do
  curl -sf "http://localhost:$PC_PORT/owners/1" >/dev/null && break
  sleep 1
done
curl -sf "http://localhost:$PC_PORT/owners/1" >/dev/null || { tail -30 "$WORK/petclinic.log"; exit 1; }
psql -q -d petclinic_bench -c "insert into owners (first_name, last_name, address, city, telephone)
  select 'Owner' || n, 'Bench', n || ' Main St.', 'Madison', '6085550' || lpad(n::text, 3, '0')
  from generate_series(1, 40) n"

# Sixteen signed-in Redline users, one session each (as ledger.sh does), and the first hazard's id.
python3 - "$REDLINE_PORT" "$WORK" <<'PY'
import http.cookiejar, re, sys, urllib.parse, urllib.request
base, work = f"http://localhost:{sys.argv[1]}", sys.argv[2]
sessions = []
for _ in range(16):
    jar = http.cookiejar.CookieJar()
    web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    token = re.search(r'name="_csrf" value="([^"]+)"', web.open(base + "/login").read().decode()).group(1)
    web.open(base + "/login", urllib.parse.urlencode({"username": "inspector", "password": "demo", "_csrf": token}).encode())
    sessions.append("; ".join(f"{c.name}={c.value}" for c in jar))
open(work + "/sessions", "w").write("\n".join(sessions) + "\n")
first = re.search(r'href="/hazards/(\d+)"', web.open(base + "/hazards").read().decode()).group(1)
open(work + "/hazard", "w").write(first)
PY
cat >"$WORK/redline.lua" <<LUA
local sessions, n = {}, 0
for line in io.lines("$WORK/sessions") do n = n + 1; sessions[n] = line end
local i = 0
request = function()
  i = i % n + 1
  return wrk.format(nil, nil, { Cookie = sessions[i] })
end
LUA
HAZARD=$(cat "$WORK/hazard")

rate() { # url [lua] [seconds]
  local args=(-t2 -c16 -d${3:-10}s)
  [ -n "${2:-}" ] && args+=(-s "$2")
  wrk "${args[@]}" "$1" 2>&1 | awk '/Requests\/sec/ {print $2}'
}
# Warm all four pages up alike (WARMUP seconds each, default 120): on two cores the JIT compilers take
# minutes under load, and a page measured cold serves a third of what it serves warm; Redline's code
# is still being compiled five minutes into a load (14 % of its samples), so load it before as well.
WARMUP=${WARMUP:-120}
for _ in 1 2; do
  rate "http://localhost:$PC_PORT/owners/1" "" $((WARMUP / 2)) >/dev/null
  rate "http://localhost:$REDLINE_PORT/hazards/$HAZARD" "$WORK/redline.lua" $((WARMUP / 2)) >/dev/null
  rate "http://localhost:$PC_PORT/owners?lastName=Bench" "" $((WARMUP / 2)) >/dev/null
  rate "http://localhost:$REDLINE_PORT/hazards" "$WORK/redline.lua" $((WARMUP / 2)) >/dev/null
done

printf "%-6s %22s %22s %22s %22s\n" round "petclinic owner" "redline hazard" "petclinic find-owners" "redline ledger"
: >"$WORK/rates"
for round in $(seq 1 "$ROUNDS"); do
  a=$(rate "http://localhost:$PC_PORT/owners/1")
  b=$(rate "http://localhost:$REDLINE_PORT/hazards/$HAZARD" "$WORK/redline.lua")
  c=$(rate "http://localhost:$PC_PORT/owners?lastName=Bench")
  d=$(rate "http://localhost:$REDLINE_PORT/hazards" "$WORK/redline.lua")
  printf "%-6s %22s %22s %22s %22s\n" "$round" "$a" "$b" "$c" "$d"
  echo "$a $b $c $d" >>"$WORK/rates"
done
python3 - "$WORK/rates" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
med = [statistics.median(col) for col in zip(*rows)]
print(f"median {med[0]:22.1f} {med[1]:22.1f} {med[2]:22.1f} {med[3]:22.1f}")
print(f"hazard page / owner page: {med[1] / med[0]:.2f}   ledger / find-owners: {med[3] / med[2]:.2f}")
PY
