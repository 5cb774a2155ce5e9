#!/usr/bin/env python3
"""Screenshots of the demo installation for the README, at desktop and phone width.

Start the demo first (./mvnw spring-boot:run), then: python3 scripts/screenshots.py
Needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver
fonts-noto-cjk); talks to chromedriver over its HTTP API with Python's standard library only.
Options: --base http://localhost:8080  --out docs/screenshots  --port 9515
"""
import argparse, base64, json, os, subprocess, tempfile, time, urllib.request

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


class Browser:
    def __init__(self, port):
        self.port = port
        self.driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={port}"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            try:
                self._call("GET", "/status")
                break
            except Exception:
                time.sleep(0.1)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--hide-scrollbars",
                f"--user-data-dir={tempfile.mkdtemp(prefix='redline-shots')}"]
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": "/usr/bin/chromium", "args": args, "prefs": {"intl.accept_languages": "zh-CN,zh"}}}}}
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        return json.loads(urllib.request.urlopen(request, timeout=60).read())["value"]

    def _session(self, method, path, body=None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def size(self, width, height):
        self._session("POST", "/window/rect", {"width": width, "height": height})

    def open(self, url):
        self._session("POST", "/url", {"url": url})
        time.sleep(1.0)  # let the chart draw

    def script(self, source, *args):
        return self._session("POST", "/execute/sync", {"script": source, "args": list(args)})

    def save(self, path):
        with open(path, "wb") as out:
            out.write(base64.b64decode(self._session("GET", "/screenshot")))

    def sign_in(self, base, username, password="demo"):
        self.open(base + "/login")
        self.script("document.getElementById('username').value = arguments[0];"
                    "document.getElementById('password').value = arguments[1];"
                    "document.getElementById('sign-in').click();", username, password)
        time.sleep(1.5)

    def quit(self):
        try:
            self._call("DELETE", f"/session/{self.session}")
        finally:
            self.driver.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--port", type=int, default=9515)
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)
    browser = Browser(options.port)
    try:
        browser.sign_in(options.base, "gov")
        browser.open(options.base + "/overdue")
        listed = browser.script("var f = document.querySelector('#overdue-table .listing-flag');"
                                "return f ? f.closest('tr').querySelector('a').getAttribute('href') : null;")
        browser.open(options.base + "/campaigns?phase=RUNNING")
        campaign = browser.script("var a = document.querySelector('#campaign-table a');"
                                  "return a ? a.getAttribute('href') : null;")
        pages = {"dashboard": "/", "overdue": "/overdue", "ledger": "/hazards?overdue=true&sort=overdue",
                 "hazard": listed or "/hazards", "campaign": campaign or "/campaigns"}
        for size, (width, height) in SIZES.items():
            browser.size(width, height)
            for name, path in pages.items():
                browser.open(options.base + path)
                target = os.path.join(options.out, f"{name}-{size}.png")
                browser.save(target)
                print(target)
    finally:
        browser.quit()


if __name__ == "__main__":
    main()
