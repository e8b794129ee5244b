#!/usr/bin/env python3
"""How long `align serve` takes to stop right after a large import, and that the work it cut short resumes.

    ALIGN_BIN=.build/release/align scripts/bench_shutdown.py [--rows N] [--json-out FILE]

Loads the demo into a fresh SQLite file, generates N feedback rows (`align generate feedback`), uploads
them through the API, and sends SIGTERM as soon as the import's rows are in, while its themes and link
proposals are being worked out. Goal: the process ends within 10 s (a container's usual grace period).
Then the import's follow-up job must be due at once, and one `align jobs run` must finish it.
"""
import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ORG = "riverbend-water"
MAP = ["text=comment", "date=submitted", "external_id=response_id", "nps=nps", "csat=csat", "ces=ces",
       "touchpoint=touchpoint", "channel=channel", "segment=segment"]
GRACE_SECONDS = 10


def free_port():
    return int(subprocess.check_output([os.path.join(os.path.dirname(__file__), "free-port.sh")], text=True).strip())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--json-out")
    args = parser.parse_args()
    binary = os.path.abspath(os.environ.get("ALIGN_BIN", ".build/release/align"))
    env = {key: value for key, value in os.environ.items() if key != "ALIGN_BIN"}
    env.update(ALIGN_JOBS_INTERVAL="0", ALIGN_LOG_LEVEL="warning")
    work = tempfile.mkdtemp(prefix="align-shutdown.")
    database, csv = os.path.join(work, "demo.sqlite"), os.path.join(work, "feedback.csv")
    subprocess.run([binary, "demo", "--sqlite-path", database], check=True, capture_output=True, env=env)
    subprocess.run([binary, "generate", "feedback", "--rows", str(args.rows), "--output", csv, "--seed", "7"], check=True,
                   capture_output=True, env=env)
    token = subprocess.run([binary, "token", "create", "--sqlite-path", database, "--email", "admin@riverbendwater.example",
                            "--organization", ORG, "--name", "shutdown"], check=True, capture_output=True, text=True, env=env).stdout.split()[-1]
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--sqlite-path", database, "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "serve.log"), "w"))
    base = f"http://127.0.0.1:{port}/api/v1/organizations/{ORG}"
    headers = {"Authorization": f"Bearer {token}"}
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz")
            break
        except OSError:
            time.sleep(0.2)
    query = urllib.parse.urlencode([("map", item) for item in MAP])
    with open(csv, "rb") as body:
        request = urllib.request.Request(f"{base}/imports?{query}", data=body, method="POST",
                                         headers={**headers, "Content-Type": "text/csv", "Content-Length": str(os.path.getsize(csv))})
        import_id = json.loads(urllib.request.urlopen(request).read())["id"]
    started = time.monotonic()
    while True:
        state = json.loads(urllib.request.urlopen(urllib.request.Request(f"{base}/imports/{import_id}", headers=headers)).read())
        if state["status"] not in ("queued", "running"):
            break
        time.sleep(0.05)
    rows_in = time.monotonic() - started
    server.send_signal(signal.SIGTERM)
    signalled = time.monotonic()
    try:
        server.wait(timeout=120)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    stop_seconds = time.monotonic() - signalled
    job = sqlite3.connect(database).execute("SELECT run_at, done_at FROM jobs WHERE job_key = ?",
                                            (f"import-follow-up:{import_id.upper()}",)).fetchone()
    left_due = job is not None and job[1] is None and float(job[0]) <= time.time()
    subprocess.run([binary, "jobs", "run", "--sqlite-path", database], check=True, capture_output=True, env=env)
    finished = sqlite3.connect(database).execute("SELECT done_at FROM jobs WHERE job_key = ?",
                                                 (f"import-follow-up:{import_id.upper()}",)).fetchone()
    resumed = finished is not None and finished[0] is not None
    met = stop_seconds <= GRACE_SECONDS and (job is None or (left_due and resumed))
    print(f"import of {args.rows} rows: rows in after {rows_in:.1f} s (status {state['status']}); SIGTERM then")
    print(f"  stopped in {stop_seconds:.2f} s (goal ≤ {GRACE_SECONDS} s: {'met' if stop_seconds <= GRACE_SECONDS else 'NOT met'}); "
          f"follow-up {'done before the signal' if job is None or job[1] is not None else 'left due now' if left_due else 'NOT left due'}; "
          f"align jobs run finished it: {'yes' if resumed else 'NO'}")
    if args.json_out:
        with open(args.json_out, "w") as out:
            json.dump({"rows": args.rows, "rows_in_seconds": rows_in, "stop_seconds": stop_seconds, "left_due": left_due,
                       "resumed": resumed, "met": met}, out)
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
