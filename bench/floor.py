#!/usr/bin/env python3
"""The database floor of a page: the SQL one request of it runs, replayed by pgbench.

    bench/floor.py PORT COOKIE_FILE OUT_FILE [DATABASE]

COOKIE_FILE is what bench/ledger.sh writes: the session cookie on its first line, then one page a
line ("name<TAB>path"). For each page this turns on statement logging on the PostgreSQL server for a
moment (ALTER SYSTEM log_min_duration_statement = 0, reloaded; reset afterwards), requests the page
once, reads the statements the application sent from the server's log with their parameters filled
in, and replays them with pgbench: with 1 client (the page's SQL time for one user) and with 16
clients for 10 s (how many pages per second PostgreSQL alone could serve on this machine). Writes
"name<TAB>statements<TAB>ms_one_client<TAB>pages_per_s_16" lines to OUT_FILE and prints them.

FLOOR_KEEP=DIR keeps each page's replayed SQL there. Needs psql and pgbench, superuser access (PGUSER, default postgres) and the server's log file
(PGLOG, default the newest /var/log/postgresql/postgresql-*-main.log) readable.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

port, cookie_file, out_file = sys.argv[1], sys.argv[2], sys.argv[3]
database = sys.argv[4] if len(sys.argv) > 4 else "redline_bench"
log_file = os.environ.get("PGLOG") or sorted(glob.glob("/var/log/postgresql/postgresql-*-main.log"))[-1]
env = dict(os.environ, PGHOST=os.environ.get("PGHOST", "127.0.0.1"), PGUSER=os.environ.get("PGUSER", "postgres"))

with open(cookie_file) as f:
    cookie = f.readline().strip()
    pages = [line.rstrip("\n").split("\t") for line in f if line.strip()]


def psql(sql, db="postgres"):
    subprocess.run(["psql", "-q", "-d", db, "-c", sql], check=True, env=env, stdout=subprocess.DEVNULL)


def get(path):
    request = urllib.request.Request(f"http://localhost:{port}{path}", headers={"Cookie": cookie})
    with urllib.request.urlopen(request) as response:
        response.read()


PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\S*)")
EXECUTE = re.compile(r"LOG:  duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)", re.S)
PARAMETERS = re.compile(r"DETAIL:  parameters: (.*)", re.S)
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
SKIP = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SET |SHOW |START TRANSACTION)", re.I)


def records(text):
    """The log's records, each its first line and the lines that continue it (multi-line SQL)."""
    current = None
    for line in text.splitlines():
        match = PREFIX.match(line)
        if match:
            if current:
                yield current
            current = [match.group(2), line[match.end():].lstrip()]
        elif current:
            current[1] += "\n" + line
    if current:
        yield current


def statements(text):
    """The statements of the application's connections to the database, parameters filled in."""
    found = []
    after_execute = False
    for who, body in records(text):
        if f"@{database}" not in who:
            continue
        execute = EXECUTE.search(body)
        parameters = PARAMETERS.search(body)
        if execute:
            found.append(execute.group(1).strip())
            after_execute = True
        elif parameters and after_execute:
            # The parameters of the execute just before (a parse's or bind's are skipped).
            values = {int(n): v for n, v in PARAMETER.findall(parameters.group(1))}
            sql = found[-1]
            for n in sorted(values, reverse=True):
                sql = sql.replace(f"${n}", values[n])
            found[-1] = sql
            after_execute = False
        else:
            after_execute = False
    return [s for s in found if not SKIP.match(s)]


def pgbench(script, clients, seconds):
    result = subprocess.run(
        ["pgbench", "-n", "-c", str(clients), "-j", str(min(clients, 2)), "-T", str(seconds), "-f", script, database],
        env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    tps = float(re.search(r"tps = ([\d.]+)", result.stdout).group(1))
    latency = float(re.search(r"latency average = ([\d.]+) ms", result.stdout).group(1))
    return tps, latency


rows = []
psql("alter system set log_min_duration_statement = 0")
psql("select pg_reload_conf()")
try:
    time.sleep(1)
    for name, path in pages:
        get(path)  # warm, and the statements the first request alone runs are not the page's
        time.sleep(0.3)
        offset = os.path.getsize(log_file)
        get(path)
        time.sleep(0.5)
        with open(log_file, encoding="utf-8", errors="replace") as log:
            log.seek(offset)
            sql = statements(log.read())
        rows.append((name, sql))
finally:
    psql("alter system reset log_min_duration_statement")
    psql("select pg_reload_conf()")

with open(out_file, "w") as out:
    print(f"{'page':35s} {'statements':>10s} {'SQL, 1 client':>14s} {'SQL, 16 clients':>18s}")
    for name, sql in rows:
        with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as script:
            for statement in sql:
                script.write(statement.rstrip().rstrip(";") + ";\n")
        _, one = pgbench(script.name, 1, 5)
        many, _ = pgbench(script.name, 16, 10)
        if os.environ.get("FLOOR_KEEP"):
            os.replace(script.name, os.path.join(os.environ["FLOOR_KEEP"], re.sub(r"\W+", "-", name) + ".sql"))
        else:
            os.unlink(script.name)
        print(f"{name:35s} {len(sql):10d} {one:11.1f} ms {many:11.1f} pages/s")
        out.write(f"{name}\t{len(sql)}\t{one:.1f}\t{many:.1f}\n")
