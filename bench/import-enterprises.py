#!/usr/bin/env python3
"""Times the enterprise import: N new rows, then the same file again (nothing may change).

Run against a running Redline (the demo installation is enough):
    ./mvnw spring-boot:run            # in one terminal
    python3 bench/import-enterprises.py [rows]   # default 10000

Environment: BASE_URL (http://localhost:8080), ADMIN_USERNAME (admin), ADMIN_PASSWORD (demo).
Target: 10,000 rows import in under 60 seconds. Uses only the Python standard library.
"""
import http.cookiejar
import os
import random
import re
import sys
import time
import urllib.parse
import urllib.request

BASE = os.environ.get("BASE_URL", "http://localhost:8080")
USER = os.environ.get("ADMIN_USERNAME", "admin")
PASSWORD = os.environ.get("ADMIN_PASSWORD", "demo")
ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
TARGET_SECONDS = 60

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
TOWNS = ["440703001", "440703101", "440703102", "440703103", "440705001", "440705101"]
INDUSTRIES = ["MACHINERY", "TEXTILE", "COMMERCE", "HAZARDOUS_CHEMICALS", "CONSTRUCTION", "STORAGE_LOGISTICS"]


def credit_code(first17):
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - total % 31) % 31]


def csv_file(rows, seed):
    rnd = random.Random(seed)
    lines = ["企业名称,统一社会信用代码,行政区划代码,行业,地址,主要负责人,安全管理人员,联系电话,风险等级"]
    for i in range(rows):
        town = rnd.choice(TOWNS)
        code = credit_code("91" + town[:6] + "BN" + f"{seed % 100:02d}{i:05d}")
        lines.append(",".join([
            f"基准测试企业{seed}-{i:05d}有限公司", code, town, rnd.choice(INDUSTRIES),
            f"基准路{i}号", "张三", "李四", "0750-1234567", rnd.choice(["红", "橙", "黄", "蓝", ""]),
        ]))
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def session():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/login").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"username": USER, "password": PASSWORD, "_csrf": token}).encode()
    opener.open(BASE + "/login", data)
    return opener


def upload(opener, content):
    page = opener.open(BASE + "/admin/import/enterprises").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    boundary = "----redline-bench"
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token}\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
        f"Content-Type: text/csv\r\n\r\n"
    ).encode() + content + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        BASE + "/admin/import/enterprises", data=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "Accept-Language": "en"})
    started = time.monotonic()
    result = opener.open(request).read().decode()
    elapsed = time.monotonic() - started
    summary = re.search(r"[\d,]+ rows: [\d,]+ new, [\d,]+ updated, [\d,]+ unchanged\.", result)
    problem = re.search(r"Nothing was imported[^<]*", result)
    return elapsed, summary.group(0) if summary else (problem.group(0) if problem else "no report")


def main():
    seed = int(time.time()) % 100_000
    content = csv_file(ROWS, seed)
    opener = session()
    first, report = upload(opener, content)
    print(f"import of {ROWS} new rows: {first:.1f} s  ({report})")
    again, report_again = upload(opener, content)
    print(f"same file again:          {again:.1f} s  ({report_again})")
    ok = first < TARGET_SECONDS and f"{ROWS:,} new" in report and f"{ROWS:,} unchanged" in report_again
    print("PASS" if ok else "FAIL", f"(target: under {TARGET_SECONDS} s, and nothing changes the second time)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
