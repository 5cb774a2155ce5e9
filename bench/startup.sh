#!/usr/bin/env bash
# Times start-up to the first healthy answer against an external PostgreSQL, three ways: the jar as
# built (`java -jar redline.jar`), the jar extracted (`java -Djarmode=tools -jar redline.jar
# extract`: classes read from plain jars instead of the jar's nested ones), and extracted with a
# class-data-sharing archive (CDS: the classes of a start, parsed and verified once, mapped into the
# next). Issue 17's target: under 10 s. The Docker image runs the third way (README, "Run it in
# production").
#
#   ./mvnw -B -DskipTests package    # once, builds target/redline-*.jar
#   bench/startup.sh [runs]          # default 3 timed starts each way
#
# Needs psql and a PostgreSQL server where the current user may create databases (PGHOST, PGPORT,
# PGUSER; defaults 127.0.0.1, 5432, postgres). DB=name times against an existing database (e.g. the
# 5,000,000 hazards `KEEP_DB=1 bench/ledger.sh 5000000 250000` keeps in redline_bench: start-up
# does not read the hazards); by default a scratch database redline_startup is created, migrated by
# a first, untimed start, and dropped at the end. JAR= times another jar; JAVA= another java.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
source bench/common.sh
JAR=$(realpath "$JAR")
JAVA=${JAVA:-java}
PORT=18183
WORK=$(mktemp -d)
DB=${DB:-}
if [ -z "$DB" ]; then
  DB=redline_startup
  psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
  trap 'pkill -f -- "--server.port=$PORT" || true; psql -q -d postgres -c "drop database if exists redline_startup"; rm -rf "$WORK"' EXIT
else
  trap 'pkill -f -- "--server.port=$PORT" || true; rm -rf "$WORK"' EXIT
fi
export DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USERNAME=$PGUSER DB_PASSWORD=${PGPASSWORD:-}
export REDLINE_DATA_DIR=$WORK/data REDLINE_ADMIN_USERNAME=admin REDLINE_ADMIN_PASSWORD=startup-bench-2026

# start JAR [java options…]: seconds from launch to the first healthy answer, then a graceful stop
start() {
  local jar=$1
  shift
  local began ended
  began=$(date +%s.%N)
  (cd "$(dirname "$jar")" && exec "$JAVA" "$@" -jar "$(basename "$jar")" --server.port=$PORT) >"$WORK/app.log" 2>&1 &
  local app=$!
  for _ in $(seq 1 1200); do
    curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break
    sleep 0.05
  done
  ended=$(date +%s.%N)
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  kill -TERM $app
  wait $app || true
  echo "$ended - $began" | bc
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

# times LABEL JAR [java options…]: RUNS timed starts, each on its own line, then the median
times() {
  local label=$1
  shift
  local all=()
  for _ in $(seq 1 "$RUNS"); do all+=("$(start "$@")"); done
  printf '%-44s %6.2f s   (%s)\n' "$label" "$(printf '%s\n' "${all[@]}" | median)" "${all[*]}"
}

echo "== $("$JAVA" -version 2>&1 | head -1), database $DB, $(nproc) cores"
start "$JAR" >/dev/null # migrates a fresh database; warms the file cache
mkdir -p "$WORK/extracted"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
EXTRACTED="$WORK/extracted/$(basename "$JAR")"
# The archive of a training start (the context refreshed, then the JVM exits and writes it), as
# Spring Boot's documentation describes; the Docker image writes it on its first stop instead.
(cd "$WORK/extracted" && "$JAVA" -XX:ArchiveClassesAtExit=redline.jsa -Dspring.context.exit=onRefresh \
  -jar "$(basename "$JAR")" --server.port=$PORT >"$WORK/training.log" 2>&1) || { tail -40 "$WORK/training.log"; exit 1; }

times "java -jar (as built)" "$JAR"
times "extracted" "$EXTRACTED"
times "extracted, with the CDS archive" "$EXTRACTED" -XX:SharedArchiveFile=redline.jsa
