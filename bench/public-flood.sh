#!/usr/bin/env bash
# A flood of public reports (issue 21) must not slow signed-in users. Times the hazard ledger and a
# hazard page as the demo inspector, alone and then while 8 clients post public reports with a
# 1 MB photo as fast as they can (from one address: after its first five in the hour each is refused
# before its photo is read), and counts what the flood got in.
#
#   ./mvnw -B -DskipTests package   # once, builds target/redline-*.jar
#   bench/public-flood.sh [seconds]  # default 20
#
# Needs psql and a PostgreSQL server where the current user may create databases (PGHOST, PGPORT,
# PGUSER; defaults 127.0.0.1, 5432, postgres). Creates the database redline_flood (dropped at the
# end unless KEEP_DB=1) and starts the jar on port 18185 with the demo installation in it.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_FLOOD=${1:-20}
source bench/common.sh
PORT=18185
DB=redline_flood
LOG=$(mktemp)

scratch_db $DB
start_demo $DB $PORT "$LOG"
for _ in $(seq 1 120); do
  grep -q "Demo installation ready" "$LOG" && break
  sleep 1
done

python3 - "$PORT" "$SECONDS_OF_FLOOD" <<'PY'
import http.cookiejar, io, os, random, re, statistics, struct, sys, threading, time, urllib.parse, urllib.request, uuid, zlib
base, seconds = f"http://localhost:{sys.argv[1]}", int(sys.argv[2])

def png(size):
    """A PNG of noise, about `size` bytes."""
    side = int((size / 3) ** 0.5)
    raw = b"".join(b"\x00" + os.urandom(side * 3) for _ in range(side))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")

PHOTO = png(1_000_000)

def session():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

inspector = session()
token = re.search(r'name="_csrf" value="([^"]+)"', inspector.open(base + "/login").read().decode()).group(1)
inspector.open(base + "/login", urllib.parse.urlencode({"username": "inspector", "password": "demo", "_csrf": token}).encode())
hazard = re.search(r'href="/hazards/(\d+)"', inspector.open(base + "/hazards").read().decode()).group(1)
pages = {"ledger": "/hazards", "a hazard": "/hazards/" + hazard}

def measure(rounds=30):
    times = {name: [] for name in pages}
    for _ in range(rounds):
        for name, path in pages.items():
            started = time.perf_counter()
            inspector.open(base + path).read()
            times[name].append((time.perf_counter() - started) * 1000)
    return {name: statistics.median(t[5:]) for name, t in times.items()}

for _ in range(10):
    for path in pages.values():
        inspector.open(base + path).read()
alone = measure()

stop = time.time() + seconds
counts = {"sent": 0, "errors": 0}
lock = threading.Lock()
enterprise = re.search(r'href="/enterprises/(\d+)"', inspector.open(base + "/enterprises").read().decode()).group(1)

def flood():
    web = session()
    while time.time() < stop:
        form = web.open(f"{base}/report?enterprise={enterprise}").read().decode()
        csrf = re.search(r'name="_csrf" value="([^"]+)"', form).group(1)
        boundary = uuid.uuid4().hex
        fields = {"_csrf": csrf, "enterpriseId": enterprise, "location": "洪水", "anonymous": "true",
                  "description": "洪水举报 " + uuid.uuid4().hex, "draftKey": uuid.uuid4().hex}
        body = io.BytesIO()
        for key, value in fields.items():
            body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n".encode())
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"f.png\"\r\n"
                   "Content-Type: image/png\r\n\r\n".encode() + PHOTO + b"\r\n")
        body.write(f"--{boundary}--\r\n".encode())
        request = urllib.request.Request(base + "/report", data=body.getvalue(),
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        try:
            web.open(request).read()
        except urllib.error.HTTPError:
            with lock:
                counts["errors"] += 1
        with lock:
            counts["sent"] += 1

threads = [threading.Thread(target=flood) for _ in range(8)]
for t in threads:
    t.start()
time.sleep(2)
during = measure(20)
for t in threads:
    t.join()
print(f"flood: {counts['sent']} reports posted in {seconds} s by 8 clients, {counts['errors']} errors")
for name in pages:
    print(f"{name:10s} alone median {alone[name]:6.1f} ms   during the flood {during[name]:6.1f} ms")
worst = max(during[n] / max(alone[n], 1) for n in pages)
print("PASS" if counts["errors"] == 0 and max(during.values()) < 200 else "SLOW",
      f"(targets: no error, signed-in pages under 200 ms during the flood; worst slow-down {worst:.1f}x)")
PY
psql -q -d $DB -Atc "select 'reports taken: ' || count(*) from public_report"
