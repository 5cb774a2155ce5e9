#!/usr/bin/env bash
# Two Redline instances on one PostgreSQL and one S3-compatible object store, behind nginx
# (round-robin, no stickiness): what README "Run it at scale" promises, tried as a user would.
#
# A scripted user (the demo's enterprise safety manager) signs in, reports a hazard with a photo,
# opens it and its photo, with requests alternating between the instances; then instance A is
# killed in the middle and the user carries on through B, without signing in again, and assigns
# the plan; A comes back and serves the same session. Meanwhile both instances' schedulers fire
# the escalation every ten seconds: it must run once. Last, an administrator disables the user
# through A and the user's session on B ends. Prints what it checked; exits non-zero on the first
# check that fails.
#
# Needs: the packaged jar (./mvnw verify or package), PostgreSQL at 127.0.0.1:5432 (trust auth for
# the postgres user), nginx (Debian: nginx-light), Node with `npm ci --prefix tools/s3rver`.
set -euo pipefail
cd "$(dirname "$0")/.."

work=target/multi-instance
rm -rf "$work"
mkdir -p "$work/tmp" "$work/s3"
jar=$(ls target/redline-*.jar | grep -v original | head -n 1)
lb=18300
port_a=18301
port_b=18302
s3_port=18310
db=redline_multi
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  wait 2>/dev/null || true
}
trap cleanup EXIT

pass() { echo "  ok   $*"; }
fail() {
  echo "  FAIL $*"
  for f in "$work"/*.log; do echo "--- $f (last 30 lines)"; tail -n 30 "$f"; done
  exit 1
}

echo "== A fresh database, an object store and two instances behind nginx"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q <<SQL
DROP DATABASE IF EXISTS $db;
DROP ROLE IF EXISTS $db;
CREATE ROLE $db LOGIN PASSWORD '$db';
CREATE DATABASE $db OWNER $db;
SQL
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "$1"; }

node tools/s3rver/node_modules/s3rver/bin/s3rver.js -d "$work/s3" -a 127.0.0.1 -p $s3_port >"$work/s3rver.log" 2>&1 &
pids+=($!)

start_instance() { # name port
  DB_URL=jdbc:postgresql://127.0.0.1:5432/$db DB_USERNAME=$db DB_PASSWORD=$db \
    REDLINE_DEMO=true REDLINE_DATA_DIR="$work/data-$1" PORT=$2 \
    REDLINE_STORAGE_S3_ENDPOINT=http://127.0.0.1:$s3_port REDLINE_STORAGE_S3_BUCKET=redline-multi \
    REDLINE_STORAGE_S3_ACCESS_KEY=S3RVER REDLINE_STORAGE_S3_SECRET_KEY=S3RVER \
    REDLINE_ESCALATION_CRON='*/10 * * * * *' REDLINE_FORWARD_HEADERS=native \
    java -Xmx512m -jar "$jar" >>"$work/$1.log" 2>&1 &
  echo $!
}
wait_healthy() { # name port pid
  for _ in $(seq 1 120); do
    kill -0 "$3" 2>/dev/null || fail "instance $1 exited while starting"
    if curl -fsS "http://127.0.0.1:$2/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then
      pass "instance $1 answers on port $2"
      return
    fi
    sleep 1
  done
  fail "instance $1 did not become ready within 120 s"
}

# A first: it migrates the database and loads the demo; then B on the same database.
pid_a=$(start_instance a $port_a); pids+=("$pid_a")
wait_healthy a $port_a "$pid_a"
pid_b=$(start_instance b $port_b); pids+=("$pid_b")
wait_healthy b $port_b "$pid_b"
both_up_at=$(date +%s)

cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $PWD/$work/nginx.pid;
error_log $PWD/$work/nginx-error.log;
events { worker_connections 64; }
http {
  access_log $PWD/$work/nginx-access.log;
  client_body_temp_path $PWD/$work/tmp/body;
  proxy_temp_path $PWD/$work/tmp/proxy;
  fastcgi_temp_path $PWD/$work/tmp/fastcgi;
  uwsgi_temp_path $PWD/$work/tmp/uwsgi;
  scgi_temp_path $PWD/$work/tmp/scgi;
  upstream redline {
    server 127.0.0.1:$port_a max_fails=1 fail_timeout=60s;
    server 127.0.0.1:$port_b max_fails=1 fail_timeout=60s;
  }
  server {
    listen 127.0.0.1:$lb;
    client_max_body_size 110m;
    location / {
      proxy_pass http://redline;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;
      add_header X-Served-By \$upstream_addr always;
    }
  }
}
NGINX
nginx -p "$PWD/$work" -c "$PWD/$work/nginx.conf" >"$work/nginx.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 20); do curl -fsS -o /dev/null "http://127.0.0.1:$lb/login" 2>/dev/null && break; sleep 0.5; done
pass "nginx balances port $lb over both instances"

echo "== The user signs in and reports a hazard with a photo, requests alternating"
cookies="$work/cookies.txt"
base="http://127.0.0.1:$lb"
: >"$work/served"
req() { # curl arguments; the body goes to $work/body, the instance that answered to $work/served
  curl -sS -o "$work/body" -D "$work/headers" -b "$cookies" -c "$cookies" "$@"
  served=$(grep -i '^X-Served-By:' "$work/headers" | tail -n 1 | awk '{print $NF}' | tr -d '\r')
  echo "$served" >>"$work/served"
}
status() { head -n 1 "$work/headers" | awk '{print $2}'; }
location() { grep -i '^Location:' "$work/headers" | awk '{print $2}' | tr -d '\r'; }
field() { grep -oP "name=\"$1\" value=\"\K[^\"]+" "$work/body" | head -n 1; }

req "$base/login"
req -X POST "$base/login" --data-urlencode "username=safety" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$(field _csrf)"
[ "$(status)" = 302 ] && [[ "$(location)" != *error* ]] || fail "sign-in as safety: $(status) $(location)"
pass "signed in as safety (黄丽娟) through $(tail -n 1 "$work/served")"

enterprise=$(sql "select unit_id from app_user where username = 'safety'")
req "$base/hazards/new?enterprise=$enterprise"
[ "$(status)" = 200 ] || fail "the report form: $(status)"
description="多实例测试：二楼东侧安全出口堵塞 $(date +%s)"
photo=src/test/resources/photos/interlaced.png
req -X POST "$base/hazards" \
  -F "_csrf=$(field _csrf)" -F "_submission=$(field _submission)" \
  -F "enterpriseId=$enterprise" -F "location=二楼东侧" -F "description=$description" \
  -F "category=UNSAFE_CONDITION" -F "grade=GENERAL" -F "photos=@$photo;type=image/png"
[ "$(status)" = 302 ] || fail "the report: $(status)"
hazard=$(location | grep -oP '/hazards/\K[0-9]+')
[ -n "$hazard" ] || fail "the report did not lead to the hazard: $(location)"
pass "hazard $hazard reported with a photo through $(tail -n 1 "$work/served")"

req "$base/hazards/$hazard"
grep -qF "$description" "$work/body" || fail "the hazard page does not show the description"
photo_path=$(grep -oP "/hazards/$hazard/photos/[0-9]+" "$work/body" | head -n 1)
[ -n "$photo_path" ] || fail "the hazard page links no photo"
pass "the hazard page opens through $(tail -n 1 "$work/served")"
for _ in 1 2; do
  req "$base$photo_path"
  [ "$(status)" = 200 ] || fail "the photo: $(status) through $(tail -n 1 "$work/served")"
  [ "$(sha256sum <"$work/body")" = "$(sha256sum <"$photo")" ] || fail "the photo through $(tail -n 1 "$work/served") is not the one uploaded"
  pass "the photo comes back byte for byte through $(tail -n 1 "$work/served")"
done
grep -q ":$port_a" "$work/served" && grep -q ":$port_b" "$work/served" \
  || fail "requests did not alternate: $(sort "$work/served" | uniq -c | tr '\n' ' ')"
pass "requests went to both instances: $(sort "$work/served" | uniq -c | awk '{print $2 " ×" $1}' | tr '\n' ' ')"

echo "== Instance A is killed; the user carries on through B"
kill -9 "$pid_a"
wait "$pid_a" 2>/dev/null || true
: >"$work/served"
req "$base/hazards/$hazard"
[ "$(status)" = 200 ] || fail "after the kill the hazard page is $(status) ($(location))"
grep -qF "$description" "$work/body" || fail "after the kill the user is no longer signed in"
version=$(python3 -c "import re; b = open('$work/body', encoding='utf-8').read(); f = b[b.index('/hazards/$hazard/plan'):]; print(re.search(r'name=\"version\" value=\"(\d+)\"', f).group(1))")
deadline=$(date -d '+14 days' +%F)
req -X POST "$base/hazards/$hazard/plan" --data-urlencode "_csrf=$(field _csrf)" --data-urlencode "version=$version" \
  --data-urlencode "measures=清理通道杂物，设置禁止堆放标识" --data-urlencode "responsiblePerson=黄丽娟" \
  --data-urlencode "deadline=$deadline" --data-urlencode "funds=2000元" \
  --data-urlencode "interimMeasures=安排专人值守" --data-urlencode "emergencyPlan=按商场疏散预案执行"
[ "$(status)" = 302 ] && [[ "$(location)" == *"/hazards/$hazard"* ]] || fail "the plan: $(status) $(location)"
req "$base/hazards/$hazard"
grep -qF "清理通道杂物" "$work/body" || fail "the plan is not on the hazard page"
! grep -q ":$port_a" "$work/served" || fail "a request went to the killed instance"
pass "signed in still, the plan assigned through B: $(sort -u "$work/served" | tr '\n' ' ')"
[ "$(sql "select count(*) from hazard where description = '$description'")" = 1 ] || fail "the hazard is not there exactly once"
[ "$(sql "select count(*) from hazard_photo where hazard_id = $hazard")" = 1 ] || fail "the photo is not there exactly once"
[ -n "$(sql "select measures from hazard where id = $hazard and measures like '清理通道杂物%'")" ] || fail "the plan was not written"
pass "in the database: one hazard, one photo, the plan"
[ -z "$(find "$work/data-a" "$work/data-b" -path '*photos*' -type f 2>/dev/null)" ] || fail "a photo was written to an instance's disk"
pass "no photo on either instance's disk: they are in the object store"

echo "== A restarts and serves the same session"
pid_a=$(start_instance a $port_a); pids+=("$pid_a")
wait_healthy a $port_a "$pid_a"
curl -fsS -o "$work/body" -b "$cookies" "http://127.0.0.1:$port_a/hazards/$hazard" || fail "A after its restart"
grep -qF "清理通道杂物" "$work/body" || fail "A after its restart does not know the session"
pass "A after its restart serves the signed-in user the hazard and its plan"

echo "== The escalation runs once across the instances"
# Both schedulers fire every ten seconds; a scheduled run keeps the lock five minutes.
while [ $(( $(date +%s) - both_up_at )) -lt 35 ]; do sleep 1; done
sleep 12
runs=$(cat "$work"/a.log "$work"/b.log | grep -c "\[ *scheduling-[0-9]*\] .*Escalation of" || true)
skipped=$(cat "$work"/a.log "$work"/b.log | grep -c "Job hazard-escalation is running elsewhere" || true)
[ "$runs" = 1 ] || fail "scheduled escalation runs: $runs (expected 1)"
[ "$skipped" -ge 2 ] || fail "the other firings were not skipped ($skipped)"
[ "$(sql "select count(*) from escalation_run")" = 1 ] || fail "escalation_run has more than one day"
pass "one scheduled run, $skipped firings skipped because it was running or ran elsewhere"

echo "== An administrator disables the user on A; the user's session ends on B too"
admin_cookies="$work/admin-cookies.txt"
curl -sS -o "$work/body" -b "$admin_cookies" -c "$admin_cookies" "http://127.0.0.1:$port_a/login"
curl -sS -o /dev/null -b "$admin_cookies" -c "$admin_cookies" "http://127.0.0.1:$port_a/login" \
  --data-urlencode "username=admin" --data-urlencode "password=demo" --data-urlencode "_csrf=$(field _csrf)"
safety_id=$(sql "select id from app_user where username = 'safety'")
curl -sS -o "$work/body" -b "$admin_cookies" -c "$admin_cookies" "http://127.0.0.1:$port_a/admin/users/$safety_id"
admin_version=$(python3 -c "import re; b = open('$work/body', encoding='utf-8').read(); f = b[b.index('/admin/users/$safety_id/enabled'):]; print(re.search(r'name=\"version\" value=\"(\d+)\"', f).group(1))")
curl -sS -o /dev/null -b "$admin_cookies" -c "$admin_cookies" -X POST "http://127.0.0.1:$port_a/admin/users/$safety_id/enabled" \
  --data-urlencode "_csrf=$(field _csrf)" --data-urlencode "version=$admin_version" --data-urlencode "enabled=false"
[ "$(sql "select enabled from app_user where username = 'safety'")" = f ] || fail "the administrator could not disable safety"
curl -sS -o /dev/null -D "$work/headers" -b "$cookies" "http://127.0.0.1:$port_b/hazards/$hazard"
[ "$(status)" = 302 ] && [[ "$(location)" == *"/login?expired"* ]] || fail "the disabled user's session on B: $(status) $(location)"
pass "disabled through A, the user's session on B ends (to /login?expired)"

echo "== All checks passed"
