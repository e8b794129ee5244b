#!/usr/bin/env python3
"""Several `align serve` on one PostgreSQL behind nginx, driven by wrk, and PostgreSQL restarted under load.

    scripts/drill_instances.py --bin .build/debug/align --pg-dir DIR --pg-port PORT --database-url URL [--artifacts DIR]

DIR/PORT is a cluster started by scripts/postgres.sh (the drill stops and starts it); URL is an empty
database in it. The drill loads the demo, starts three instances and scripts/nginx.sh in front, and checks:
  1. a session made through nginx is valid on every instance, directly;
  2. wrk through nginx over pages and the API: no errors;
  3. each scheduled job runs once: check-in reminders posted to a webhook receiver arrive once each;
  4. PostgreSQL stopped under load: pages answer a 503 page, the API a 503 problem detail, /readyz 503,
     each within 2 s; started again: every instance answers 200 by itself, none restarted;
  5. 200 connections for 60 s through nginx: no errors, and each instance's memory flat.
Exits non-zero on the first failed check; stops everything it started. Results in ARTIFACTS/drill.txt.
"""
import argparse
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

SCRIPTS = os.path.dirname(os.path.abspath(__file__))
ORG = "riverbend-water"
EMAIL = "cx-lead@riverbendwater.example"
ADMIN = "admin@riverbendwater.example"
PASSWORD = "align-demo-password"
PAGES = [f"/orgs/{ORG}", f"/orgs/{ORG}/journeys", f"/orgs/{ORG}/teams", f"/orgs/{ORG}/frictions"]
report = []


def say(line):
    print(f"==> {line}", flush=True)
    report.append(line)


def fail(message):
    raise SystemExit(f"DRILL FAILED: {message}")


def free_port():
    return int(subprocess.check_output([os.path.join(SCRIPTS, "free-port.sh")], text=True).strip())


class Answer:
    def __init__(self, status, headers, body, seconds):
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds


def request(url, method="GET", body=None, headers=None, timeout=10):
    started = time.monotonic()
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=timeout) as response:
            return Answer(response.status, response.headers, response.read().decode("utf-8", "replace"), time.monotonic() - started)
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.headers, error.read().decode("utf-8", "replace"), time.monotonic() - started)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def sign_in(base):
    page = request(base + "/sign-in")
    cookie = page.headers.get("Set-Cookie", "").split(";")[0]
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page.body).group(1)
    form = urllib.parse.urlencode({"email": EMAIL, "password": PASSWORD, "_csrf": csrf}).encode()
    answer = request(base + "/sign-in", "POST", form, {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    if answer.status != 303:
        fail(f"signing in through nginx answered {answer.status}")
    return answer.headers.get("Set-Cookie", cookie).split(";")[0]


def api(base, token, path, method="GET", payload=None):
    body = json.dumps(payload).encode() if payload is not None else None
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    answer = request(f"{base}/api/v1/organizations/{ORG}{path}", method, body, headers)
    if answer.status >= 300:
        fail(f"{method} {path} answered {answer.status}: {answer.body[:300]}")
    return json.loads(answer.body) if answer.body else None


def wrk(url, cookie, connections, seconds, threads=2):
    output = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency",
                             "-H", f"Cookie: {cookie}", url], capture_output=True, text=True, check=True).stdout
    requests_per_second = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(r"Socket errors: (.*)", output)
    p99 = re.search(r"99%\s+([\d.]+\w+)", output).group(1)
    return requests_per_second, int(non_2xx.group(1)) if non_2xx else 0, socket.group(1) if socket else "", p99, output


class Receiver(http.server.BaseHTTPRequestHandler):
    posts = []
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        with Receiver.lock:
            Receiver.posts.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def checked_in(post):
    """The check-in a reminder's webhook body is about."""
    part = post.get("check_in") or post.get("checkIn") or {}
    return str(part.get("id", "")).lower()


def rss_megabytes(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Drill:
    def __init__(self, args):
        self.args = args
        self.work = tempfile.mkdtemp(prefix="align-drill.")
        self.env = dict(os.environ, DATABASE_URL=args.database_url, ALIGN_JOBS_INTERVAL="1", ALIGN_TRUSTED_PROXIES="127.0.0.1",
                        ALIGN_LOG_FORMAT="json", ALIGN_LOG_LEVEL="warning")
        self.servers = []
        self.nginx_dir = os.path.join(self.work, "nginx")

    def run_align(self, *arguments):
        return subprocess.run([self.args.bin, *arguments], env=self.env, capture_output=True, text=True, check=True).stdout

    def start(self):
        say("loading the demo into PostgreSQL")
        self.run_align("demo")
        self.token = self.run_align("token", "create", "--email", ADMIN, "--organization", ORG, "--name", "drill").strip().splitlines()[-1]
        ports = [free_port() for _ in range(3)]
        for index, port in enumerate(ports):
            log = open(os.path.join(self.work, f"serve-{index}.log"), "w")
            process = subprocess.Popen([self.args.bin, "serve", "--port", str(port)], env=self.env, stdout=log, stderr=subprocess.STDOUT)
            self.servers.append((process, f"http://127.0.0.1:{port}"))
        for process, base in self.servers:
            self.wait_for(base + "/readyz", 200, 90, f"instance {base} to be ready")
        nginx_port = free_port()
        self.base = subprocess.check_output([os.path.join(SCRIPTS, "nginx.sh"), "start", self.nginx_dir, str(nginx_port),
                                             *map(str, ports)], text=True).strip().splitlines()[-1]
        self.wait_for(self.base + "/readyz", 200, 30, "nginx")
        say(f"three instances on ports {ports} behind nginx at {self.base}")

    def wait_for(self, url, status, seconds, what):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if request(url, timeout=2).status == status:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        fail(f"waited {seconds} s for {what} ({url} → {status})")

    def stop(self):
        subprocess.run([os.path.join(SCRIPTS, "nginx.sh"), "stop", self.nginx_dir], check=False)
        for process, _ in self.servers:
            process.terminate()
        for process, _ in self.servers:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    def sessions_on_every_instance(self):
        self.cookie = sign_in(self.base)
        for _, base in self.servers:
            for page in PAGES:
                answer = request(base + page, headers={"Cookie": self.cookie})
                if answer.status != 200:
                    fail(f"the session made through nginx answered {answer.status} on {base}{page}")
        say(f"a session made through nginx is valid on all {len(self.servers)} instances ({len(PAGES)} pages each)")

    def load_without_errors(self):
        for path in PAGES[:2] + [f"/api/v1/organizations/{ORG}/teams"]:
            cookie = self.cookie
            if path.startswith("/api/"):
                rate, non_2xx, socket, p99, _ = self.wrk_api(path)
            else:
                rate, non_2xx, socket, p99, _ = wrk(self.base + path, cookie, 32, 6)
            if non_2xx or socket:
                fail(f"wrk through nginx on {path}: {non_2xx} non-2xx answers, socket errors {socket}")
            say(f"wrk -c32 6 s through nginx on {path}: {rate:.0f} req/s, p99 {p99}, no errors")

    def wrk_api(self, path):
        output = subprocess.run(["wrk", "-t2", "-c32", "-d6s", "--timeout", "10s", "--latency", "-H", f"Authorization: Bearer {self.token}",
                                 self.base + path], capture_output=True, text=True, check=True).stdout
        non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        socket = re.search(r"Socket errors: (.*)", output)
        return (float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), int(non_2xx.group(1)) if non_2xx else 0,
                socket.group(1) if socket else "", re.search(r"99%\s+([\d.]+\w+)", output).group(1), output)

    def jobs_once(self):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        settings = api(self.base, self.token, "/nurture/settings")
        api(self.base, self.token, "/nurture/settings", "PUT", {
            "check_in_months": ", ".join(str(month) for month in settings.get("check_in_months", [])),
            "reminder_days_before": settings["reminder_days_before"], "fatigue_limit": settings["fatigue_limit"],
            "fatigue_window_days": settings["fatigue_window_days"], "webhook_url": f"http://127.0.0.1:{server.server_port}/hook"})
        customers = api(self.base, self.token, "/customers?per=5")["items"]
        tomorrow = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 86400))
        made = {api(self.base, self.token, "/check-ins", "POST", {"customer_id": customer["id"], "due_date": tomorrow})["id"].lower()
                for customer in customers}
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and not made <= self.reminded():
            time.sleep(0.5)
        time.sleep(4)  # a few more passes of every instance, in which a second delivery would show
        server.shutdown()
        with Receiver.lock:
            ids = [checked_in(post) for post in Receiver.posts]
        if not made <= set(ids):
            fail(f"{len(made - set(ids))} of {len(made)} check-in reminders never reached the webhook")
        twice = {id for id in ids if ids.count(id) > 1}
        if twice:
            fail(f"{len(twice)} reminders were delivered more than once by the three instances")
        say(f"each job once: {len(ids)} webhook deliveries for {len(set(ids))} check-ins, none twice, from three instances")

    def reminded(self):
        with Receiver.lock:
            return {checked_in(post) for post in Receiver.posts}

    def restart_postgres_under_load(self):
        load = subprocess.Popen(["wrk", "-t2", "-c16", "-d25s", "--timeout", "10s", "-H", f"Cookie: {self.cookie}", self.base + PAGES[1]],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(3)
        subprocess.run([os.path.join(SCRIPTS, "postgres.sh"), "stop", self.args.pg_dir], check=True, capture_output=True)
        stopped = time.monotonic()
        time.sleep(1)
        page = request(self.base + PAGES[2], headers={"Cookie": self.cookie})
        problem = request(f"{self.base}/api/v1/organizations/{ORG}/teams", headers={"Authorization": f"Bearer {self.token}"})
        ready = request(self.base + "/readyz")
        for name, answer, kind in [("page", page, "text/html"), ("API", problem, "application/problem+json"), ("/readyz", ready, "json")]:
            if answer.status != 503 or kind not in answer.headers.get("Content-Type", "") or answer.seconds > 2:
                fail(f"with PostgreSQL stopped, the {name} answered {answer.status} {answer.headers.get('Content-Type')} in {answer.seconds:.2f} s")
        if "cannot reach its database" not in page.body:
            fail("the 503 page does not say the database cannot be reached")
        say(f"PostgreSQL stopped under load: page, API and /readyz answered 503 in {page.seconds:.2f} / {problem.seconds:.2f} / {ready.seconds:.2f} s")
        subprocess.run([os.path.join(SCRIPTS, "postgres.sh"), "start", self.args.pg_dir, str(self.args.pg_port)], check=True, capture_output=True)
        back = time.monotonic()
        for _, base in self.servers:
            self.wait_signed_in(base)
        recovered = time.monotonic() - back
        load.wait()
        if any(process.poll() is not None for process, _ in self.servers):
            fail("an instance stopped while PostgreSQL restarted")
        say(f"PostgreSQL back after {back - stopped:.1f} s: all three instances answered 200 within {recovered:.1f} s of its start, none restarted")

    def wait_signed_in(self, base):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if request(base + PAGES[2], headers={"Cookie": self.cookie}).status == 200:
                return
            time.sleep(0.3)
        fail(f"{base} did not recover within 30 s of PostgreSQL's return")

    def many_connections(self, seconds):
        pids = [process.pid for process, _ in self.servers]
        sampler = subprocess.Popen(["wrk", "-t2", "-c200", f"-d{seconds}s", "--timeout", "10s", "--latency", "-H", f"Cookie: {self.cookie}",
                                    self.base + PAGES[1]], stdout=subprocess.PIPE, text=True)
        time.sleep(min(10, seconds / 4))
        early = [rss_megabytes(pid) for pid in pids]
        peak = list(early)
        while sampler.poll() is None:
            peak = [max(p, rss_megabytes(pid)) for p, pid in zip(peak, pids)]
            time.sleep(1)
        output = sampler.stdout.read()
        late = [rss_megabytes(pid) for pid in pids]
        non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        socket = re.search(r"Socket errors: (.*)", output)
        if non_2xx or socket:
            fail(f"200 connections for {seconds} s: {non_2xx.group(1) if non_2xx else 0} non-2xx, socket errors {socket.group(1) if socket else ''}")
        for index, (first, last) in enumerate(zip(early, late)):
            if last > max(first * 1.3, first + 40):
                fail(f"instance {index} grew from {first:.0f} MB to {last:.0f} MB under 200 connections")
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        say(f"200 connections for {seconds} s: {rate:.0f} req/s, no errors; memory MB after {min(10, seconds / 4):.0f} s → end (peak): "
            + ", ".join(f"{a:.0f} → {b:.0f} ({c:.0f})" for a, b, c in zip(early, late, peak)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--pg-dir", required=True)
    parser.add_argument("--pg-port", required=True, type=int)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--artifacts", default="artifacts")
    parser.add_argument("--seconds", type=int, default=60, help="length of the 200-connection run")
    args = parser.parse_args()
    drill = Drill(args)
    try:
        drill.start()
        drill.sessions_on_every_instance()
        drill.load_without_errors()
        drill.jobs_once()
        drill.restart_postgres_under_load()
        drill.many_connections(args.seconds)
        say("drill passed")
    finally:
        drill.stop()
        os.makedirs(args.artifacts, exist_ok=True)
        with open(os.path.join(args.artifacts, "drill.txt"), "w") as out:
            out.write("\n".join(report) + "\n")
        print(f"logs in {drill.work}", file=sys.stderr)


if __name__ == "__main__":
    main()
