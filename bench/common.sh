# Sourced by the bench scripts (from the repository's root): the PostgreSQL server, the jar, and the
# demo installation started on a scratch database and stopped at the end.
#
#   PGHOST, PGPORT, PGUSER   the server (defaults 127.0.0.1, 5432, postgres); the user creates databases
#   JAR                      the jar to run (default target/redline-*.jar)
#   KEEP_DB=1                keeps the scratch database at the end

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAR=${JAR:-$(ls target/redline-*.jar 2>/dev/null | grep -v original | head -1)}
APP=

# start_demo DB PORT LOG [NAME=value …]: the jar with the demo installation on database DB, in the
# background (its process in APP, its output added to LOG, the extra variables in its environment);
# returns when /actuator/health answers, or prints the end of LOG and exits.
start_demo() {
  local db=$1 port=$2 log=$3
  shift 3
  env DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_USERNAME="$PGUSER" DB_PASSWORD="${PGPASSWORD:-}" \
    REDLINE_DEMO=true PORT="$port" REDLINE_DATA_DIR="$(mktemp -d)" "$@" java -jar "$JAR" >>"$log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do
    curl -sf "http://localhost:$port/actuator/health" >/dev/null && return 0
    kill -0 "$APP" 2>/dev/null || break
    sleep 1
  done
  tail -50 "$log"
  exit 1
}

# stop_app: stops the application start_demo started, if it runs.
stop_app() {
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
  fi
}

# scratch_db DB: drops and creates DB, and at the end stops the application and drops DB (unless KEEP_DB=1).
scratch_db() {
  SCRATCH_DB=$1
  [ "${REUSE:-0}" = 1 ] || psql -q -d postgres -c "drop database if exists $SCRATCH_DB" -c "create database $SCRATCH_DB"
  trap 'stop_app; [ "${KEEP_DB:-0}" = 1 ] || psql -q -d postgres -c "drop database if exists $SCRATCH_DB"' EXIT
}
