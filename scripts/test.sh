#!/usr/bin/env bash
# THE test command for Align. Runs, in order:
#   1. scripts/install-test-deps.sh             (Debian packages + .venv with selenium)
#      scripts/check_structure.py               (file and function sizes, Fluent only in App's wiring, feature names)
#   2. swift build --build-tests                (one debug build)
#   3. swift test --skip-build                  (in-memory SQLite)
#   4. swift test --skip-build against a throwaway PostgreSQL (ALIGN_TEST_DATABASE_URL)
#   5. drills on PostgreSQL: three `align serve` behind nginx under wrk, PostgreSQL restarted under load,
#      200 connections for 60 s (scripts/drill_instances.py)
#   6. browser test: demo data, `align serve`, scripts/browser_test.py (screenshots in artifacts/)
# Exits non-zero on the first failure; everything it started is stopped on exit.
# Runnable from any directory.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
cd "$REPO_ROOT"

log() { echo "==> $*"; }

CURRENT_STEP="setup"
PG_DIR=""
BROWSER_DIR=""
SERVER_PID=""

cleanup() {
  local rc=$?
  set +e
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    log "Stopping align server (pid $SERVER_PID)"
    kill "$SERVER_PID" 2>/dev/null
    for _ in $(seq 1 50); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      log "Server did not stop in 5 s; sending SIGKILL"
      kill -9 "$SERVER_PID" 2>/dev/null
    fi
    wait "$SERVER_PID" 2>/dev/null
  fi
  SERVER_PID=""
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    "$SCRIPT_DIR/postgres.sh" stop "$PG_DIR"
    rm -rf "$PG_DIR"
  fi
  PG_DIR=""
  if [ -n "$BROWSER_DIR" ] && [ -d "$BROWSER_DIR" ]; then
    rm -rf "$BROWSER_DIR"
  fi
  BROWSER_DIR=""
  if [ "$rc" -ne 0 ]; then
    echo "==> FAILED during: $CURRENT_STEP (exit code $rc)" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() {
  CURRENT_STEP="$*"
  echo
  log "[$(date +%H:%M:%S)] $*"
}

# --- a. dependencies -----------------------------------------------------------
step "Installing test dependencies"
"$SCRIPT_DIR/install-test-deps.sh"

# --- a2. structure ------------------------------------------------------------------
step "Checking the code's structure (scripts/check_structure.py)"
python3 "$SCRIPT_DIR/check_structure.py"

# --- b. build ------------------------------------------------------------------
step "Building (swift build --build-tests, debug)"
swift build --build-tests

# --- c. Swift tests on SQLite ----------------------------------------------------
step "Swift tests on in-memory SQLite"
env -u ALIGN_TEST_DATABASE_URL swift test --skip-build

# --- d. Swift tests on PostgreSQL ------------------------------------------------
step "Swift tests on PostgreSQL"
PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/align-pg.XXXXXX")"
PG_PORT="$("$SCRIPT_DIR/free-port.sh")"
PG_URL="$("$SCRIPT_DIR/postgres.sh" start "$PG_DIR" "$PG_PORT" | tail -n1)"
[ -n "$PG_URL" ] || { echo "error: scripts/postgres.sh printed no URL" >&2; exit 1; }
log "ALIGN_TEST_DATABASE_URL=$PG_URL"
ALIGN_TEST_DATABASE_URL="$PG_URL" swift test --skip-build
"$SCRIPT_DIR/postgres.sh" stop "$PG_DIR"
rm -rf "$PG_DIR"
PG_DIR=""

# --- d2. drills: several instances behind nginx, PostgreSQL going away ------------------
step "Drills: three align serve on PostgreSQL behind nginx, PostgreSQL restarted under load, 200 connections"
PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/align-pg.XXXXXX")"
PG_PORT="$("$SCRIPT_DIR/free-port.sh")"
PG_URL="$("$SCRIPT_DIR/postgres.sh" start "$PG_DIR" "$PG_PORT" | tail -n1)"
python3 "$SCRIPT_DIR/drill_instances.py" --bin "$REPO_ROOT/.build/debug/align" --pg-dir "$PG_DIR" --pg-port "$PG_PORT" \
  --database-url "$PG_URL" --artifacts "$REPO_ROOT/artifacts"
"$SCRIPT_DIR/postgres.sh" stop "$PG_DIR"
rm -rf "$PG_DIR"
PG_DIR=""

# --- e. browser test -------------------------------------------------------------
step "Browser test (demo data, align serve, Selenium + Chromium)"
BIN="$REPO_ROOT/.build/debug/align"
[ -x "$BIN" ] || { echo "error: $BIN not found after the build" >&2; exit 1; }
BROWSER_DIR="$(mktemp -d "${TMPDIR:-/tmp}/align-browser.XXXXXX")"
APP_PORT="$("$SCRIPT_DIR/free-port.sh")"
BASE_URL="http://127.0.0.1:$APP_PORT"

log "Seeding demo data into $BROWSER_DIR/demo.sqlite"
"$BIN" demo --sqlite-path "$BROWSER_DIR/demo.sqlite"

log "Starting align serve on $BASE_URL (log: $BROWSER_DIR/serve.log), every kept page checked against a fresh one"
ALIGN_PAGE_CACHE=verify "$BIN" serve --host 127.0.0.1 --port "$APP_PORT" --sqlite-path "$BROWSER_DIR/demo.sqlite" \
  >"$BROWSER_DIR/serve.log" 2>&1 &
SERVER_PID=$!

log "Waiting for $BASE_URL/healthz (up to 60 s)"
ready=0
deadline=$((SECONDS + 60))
while [ "$SECONDS" -lt "$deadline" ]; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "error: align serve exited before becoming healthy" >&2
    break
  fi
  if curl -fsS --max-time 2 "$BASE_URL/healthz" >/dev/null 2>&1; then
    ready=1
    break
  fi
  sleep 0.5
done
if [ "$ready" -ne 1 ]; then
  echo "error: server did not answer $BASE_URL/healthz; server log follows" >&2
  echo "---- serve.log ----" >&2
  cat "$BROWSER_DIR/serve.log" >&2 || true
  echo "-------------------" >&2
  exit 1
fi
log "Server is healthy"

mkdir -p "$REPO_ROOT/artifacts"
if ! "$REPO_ROOT/.venv/bin/python" "$SCRIPT_DIR/browser_test.py" \
    --base-url "$BASE_URL" --artifacts "$REPO_ROOT/artifacts"; then
  echo "---- serve.log (last 100 lines) ----" >&2
  tail -n 100 "$BROWSER_DIR/serve.log" >&2 || true
  echo "------------------------------------" >&2
  exit 1
fi

# --- f. API fuzzing ---------------------------------------------------------------
step "API fuzzing with schemathesis against the running server"
# A CX lead may change every record but not delete the organization, so the run keeps its data to test against.
API_TOKEN="$("$BIN" token create --sqlite-path "$BROWSER_DIR/demo.sqlite" --email cx-lead@riverbendwater.example \
  --organization riverbend-water --name schemathesis | tail -n1)"
printf '[parameters]\n"path.org" = "riverbend-water"\n' > "$BROWSER_DIR/schemathesis.toml"
if ! "$REPO_ROOT/.venv/bin/schemathesis" --config-file "$BROWSER_DIR/schemathesis.toml" run "$BASE_URL/api/v1/openapi.json" \
    -H "Authorization: Bearer $API_TOKEN" \
    --checks not_a_server_error,response_schema_conformance,content_type_conformance \
    --phases examples,coverage,fuzzing --max-examples 10 --workers 2 --generation-deterministic \
    --report junit --report-dir "$REPO_ROOT/artifacts/schemathesis"; then
  echo "---- serve.log (last 100 lines) ----" >&2
  tail -n 100 "$BROWSER_DIR/serve.log" >&2 || true
  exit 1
fi

CURRENT_STEP="done"
echo
log "All tests passed (SQLite, PostgreSQL, browser, API fuzzing); screenshots in artifacts/"
echo "test suites: 4 passed, 0 failed"
