#!/usr/bin/env python3
"""Sign-in time for an unknown email against a known account with a wrong password.

    ALIGN_BIN=.build/release/align scripts/bench_signin.py [--rounds N] [--json-out FILE]

Starts `align serve` on a fresh demo SQLite (behind no proxy, trusting loopback so each attempt can
name its own client address and the per-address limit never answers instead), then alternates
failed sign-ins: an email no account has, and a demo account's email with a wrong password (at most
four per account, under the per-account limit). Goal: the median of the first within 0.8-1.25x the
second, so the time of an answer does not tell which emails have accounts.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ACCOUNTS = ["admin@riverbendwater.example", "cx-lead@riverbendwater.example", "team-lead@riverbendwater.example",
            "member@riverbendwater.example", "viewer@riverbendwater.example", "admin@harbourgas.example"]


def free_port():
    return int(subprocess.check_output([os.path.join(os.path.dirname(__file__), "free-port.sh")], text=True).strip())


def attempt(base, email, index):
    page = urllib.request.urlopen(base + "/sign-in")
    cookie = page.headers.get("Set-Cookie", "").split(";")[0]
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page.read().decode()).group(1)
    form = urllib.parse.urlencode({"email": email, "password": "not the password", "_csrf": csrf}).encode()
    request = urllib.request.Request(base + "/sign-in", data=form, headers={
        "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": f"198.51.{index // 250}.{index % 250 + 1}"})
    started = time.perf_counter()
    try:
        urllib.request.urlopen(request)
        status = 200
    except urllib.error.HTTPError as error:
        status = error.code
    elapsed = time.perf_counter() - started
    if status != 401:
        sys.exit(f"sign-in as {email} answered {status}, not 401: the measurement would not be of the password check")
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=4, help="wrong passwords per demo account (at most 4)")
    parser.add_argument("--json-out")
    args = parser.parse_args()
    binary = os.environ.get("ALIGN_BIN", ".build/release/align")
    work = tempfile.mkdtemp(prefix="align-signin.")
    database = os.path.join(work, "demo.sqlite")
    # Align refuses settings it does not know, and ALIGN_BIN is this script's, not Align's.
    env = {key: value for key, value in os.environ.items() if key != "ALIGN_BIN"}
    subprocess.run([binary, "demo", "--sqlite-path", database], check=True, capture_output=True, env=env)
    port = free_port()
    env.update(ALIGN_TRUSTED_PROXIES="127.0.0.1", ALIGN_LOG_LEVEL="warning")
    server = subprocess.Popen([binary, "serve", "--sqlite-path", database, "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz")
                break
            except OSError:
                time.sleep(0.2)
        attempt(base, "warm-up@example.org", 0)
        unknown, known, index = [], [], 1
        for round in range(min(args.rounds, 4)):
            for account in ACCOUNTS:
                unknown.append(attempt(base, f"nobody-{round}-{index}@example.org", index))
                known.append(attempt(base, account, index + 1))
                index += 2
    finally:
        server.terminate()
        server.wait()
    ratio = statistics.median(unknown) / statistics.median(known)
    met = 0.8 <= ratio <= 1.25
    print(f"sign-in, median of {len(unknown)} each: unknown email {statistics.median(unknown) * 1000:.1f} ms, "
          f"wrong password {statistics.median(known) * 1000:.1f} ms")
    print(f"  unknown/wrong-password: {ratio:.2f} (goal 0.80-1.25: {'met' if met else 'NOT met'})")
    if args.json_out:
        with open(args.json_out, "w") as out:
            json.dump({"unknown_ms": statistics.median(unknown) * 1000, "wrong_password_ms": statistics.median(known) * 1000,
                       "ratio": ratio, "met": met}, out)


if __name__ == "__main__":
    main()
