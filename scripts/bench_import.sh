#!/usr/bin/env bash
# Import speed of `align import feedback` against the sqlite3 shell's bare CSV import.
#
# Usage: scripts/bench_import.sh [ROWS]      (ROWS default 1000000)
#
#   1. makes ROWS rows with `align generate feedback --rows ROWS --output FILE --seed SEED`
#   2. (a) sqlite3: a fresh database file, an empty `feedback` table with the CSV's nine
#          columns, then `.mode csv` + `.import --skip 1 FILE feedback` (the header is skipped
#          because the table already exists). The whole sqlite3 run is timed.
#      (b) align: a fresh database made by `align demo --sqlite-path DB` (untimed: it migrates
#          and loads the "riverbend-water" organization), then only
#          `align import feedback FILE --organization riverbend-water --sqlite-path DB --map ...`
#          is timed.
#      (c) sqlite3 again, into a second fresh demo database: .import into a temporary table, then
#          one INSERT ... SELECT into align's own feedback table (its 23 columns and nine indexes)
#          and one into its touchpoint links. Timed whole: the floor any importer of this schema
#          stands on, with no sentiment, themes, deduplication or validation.
#   3. prints the times, the ratio align/sqlite3 against the goal (<= 2x), and the floor's ratios.
#
# The sqlite3 number is a floor, not a rival: it stores nine text/integer columns and checks
# nothing, while align validates, deduplicates and indexes every row.
#
# Environment:
#   ALIGN_BIN   align executable (default .build/release/align if present, else .build/debug/align)
#   SEED        seed for align generate (default 42)
#   BENCH_DIR   work folder (default: a fresh mktemp -d, removed at the end)
#   KEEP=1      keep the work folder (CSV and both databases)
#   STRICT=1    exit 1 when the goal is missed (default: exit 0 whatever the ratio)
# Installs the Debian package sqlite3 when the command is missing (as root, or via sudo).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
cd "$REPO_ROOT"

log() { echo "==> $*" >&2; }

# Run a command as root: directly when root, via sudo when available, else fail.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: need root (or sudo) to run: $*" >&2
    return 1
  fi
}

ROWS="${1:-1000000}"
case "$ROWS" in ''|*[!0-9]*) echo "usage: $0 [ROWS]  (ROWS a positive integer, got '$ROWS')" >&2; exit 2;; esac
[ "$ROWS" -gt 0 ] || { echo "error: ROWS must be at least 1" >&2; exit 2; }
SEED="${SEED:-42}"
GOAL=2
ORG=riverbend-water

if [ -z "${ALIGN_BIN:-}" ]; then
  if [ -x .build/release/align ]; then ALIGN_BIN=.build/release/align; else ALIGN_BIN=.build/debug/align; fi
fi
if [ ! -x "$ALIGN_BIN" ]; then
  echo "error: align binary not found at $ALIGN_BIN (set ALIGN_BIN or run scripts/bench.sh --build)" >&2
  exit 1
fi
# align refuses ALIGN_* settings it does not know, and ALIGN_BIN is the script's, not align's.
export -n ALIGN_BIN

# --- sqlite3 (Debian package) ----------------------------------------------------------------
if ! command -v sqlite3 >/dev/null 2>&1; then
  log "Installing missing Debian package: sqlite3"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends sqlite3
fi

# --- work folder ---------------------------------------------------------------------------
if [ -n "${BENCH_DIR:-}" ]; then
  mkdir -p "$BENCH_DIR"
  WORK="$(cd "$BENCH_DIR" && pwd)"
else
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/align-bench-import.XXXXXX")"
fi
cleanup() {
  if [ "${KEEP:-0}" = 1 ] || [ -n "${BENCH_DIR:-}" ]; then
    log "Kept $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

CSV="$WORK/feedback-$ROWS.csv"
SQLITE_DB="$WORK/sqlite3-fresh.db"
ALIGN_DB="$WORK/align-fresh.sqlite"
rm -f "$SQLITE_DB" "$SQLITE_DB"-journal "$ALIGN_DB" "$ALIGN_DB"-wal "$ALIGN_DB"-shm "$ALIGN_DB"-journal

now_ns() { date +%s%N; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }

# --- 1. corpus -----------------------------------------------------------------------------
GEN_CMD=("$ALIGN_BIN" generate feedback --rows "$ROWS" --output "$CSV" --seed "$SEED")
log "${GEN_CMD[*]}"
t0=$(now_ns)
"${GEN_CMD[@]}" >/dev/null
t1=$(now_ns)
GEN_SECONDS=$(seconds_between "$t0" "$t1")
EXPECTED_HEADER="response_id,submitted,touchpoint,channel,segment,nps,csat,ces,comment"
HEADER="$(head -n 1 "$CSV" | tr -d '\r')"
if [ "$HEADER" != "$EXPECTED_HEADER" ]; then
  echo "error: $CSV header is '$HEADER', expected '$EXPECTED_HEADER'" >&2
  exit 1
fi
CSV_BYTES=$(stat -c %s "$CSV")

# --- 2a. sqlite3 .import -------------------------------------------------------------------
SQLITE_SCRIPT="CREATE TABLE feedback(response_id TEXT, submitted TEXT, touchpoint TEXT, channel TEXT, segment TEXT, nps INTEGER, csat INTEGER, ces INTEGER, comment TEXT);
.mode csv
.import --skip 1 \"$CSV\" feedback"
log "sqlite3 $SQLITE_DB  <<< CREATE TABLE feedback(...); .mode csv; .import --skip 1 FILE feedback"
t0=$(now_ns)
sqlite3 -bail "$SQLITE_DB" <<<"$SQLITE_SCRIPT"
t1=$(now_ns)
SQLITE_SECONDS=$(seconds_between "$t0" "$t1")
SQLITE_ROWS=$(sqlite3 "$SQLITE_DB" 'SELECT count(*) FROM feedback;')

# --- 2b. align import feedback -------------------------------------------------------------
log "$ALIGN_BIN demo --sqlite-path $ALIGN_DB   (untimed setup)"
"$ALIGN_BIN" demo --sqlite-path "$ALIGN_DB" >/dev/null
count_align_rows() { sqlite3 "$ALIGN_DB" 'SELECT count(*) FROM feedback_items;' 2>/dev/null || echo "?"; }
ALIGN_BEFORE=$(count_align_rows)
IMPORT_CMD=("$ALIGN_BIN" import feedback "$CSV" --organization "$ORG" --sqlite-path "$ALIGN_DB"
  --map text=comment --map date=submitted --map external_id=response_id
  --map nps=nps --map csat=csat --map ces=ces
  --map touchpoint=touchpoint --map channel=channel --map segment=segment)
log "${IMPORT_CMD[*]}"
IMPORT_LOG="$WORK/align-import.log"
t0=$(now_ns)
set +e
"${IMPORT_CMD[@]}" >"$IMPORT_LOG" 2>&1
IMPORT_RC=$?
set -e
t1=$(now_ns)
ALIGN_SECONDS=$(seconds_between "$t0" "$t1")
ALIGN_AFTER=$(count_align_rows)
if [ "$IMPORT_RC" -ne 0 ]; then
  echo "error: align import feedback exited $IMPORT_RC; its output:" >&2
  tail -n 20 "$IMPORT_LOG" >&2
  exit 1
fi
if [ "$ALIGN_BEFORE" != "?" ] && [ "$ALIGN_AFTER" != "?" ]; then
  ALIGN_ROWS=$((ALIGN_AFTER - ALIGN_BEFORE))
else
  ALIGN_ROWS="?"
fi

# --- 2c. sqlite3 storing the same rows in Align's schema (the floor for any importer) ----------
# Align's table has 23 columns and nine indexes, and each row gets a touchpoint link. sqlite3 itself,
# inserting the rows with one INSERT ... SELECT (ids in order, no sentiment, themes or checks), shows
# how much of align's time the schema alone asks for.
FLOOR_DB="$WORK/align-schema-floor.sqlite"
"$ALIGN_BIN" demo --sqlite-path "$FLOOR_DB" >/dev/null
FLOOR_SCRIPT="PRAGMA cache_size = -65536;
CREATE TEMP TABLE raw(response_id TEXT, submitted TEXT, touchpoint TEXT, channel TEXT, segment TEXT, nps INTEGER, csat INTEGER, ces INTEGER, comment TEXT);
.mode csv
.import --skip 1 \"$CSV\" raw
BEGIN;
CREATE TEMP TABLE org AS SELECT id FROM organizations WHERE slug = '$ORG';
CREATE TEMP TABLE places AS SELECT lower(name) AS name, min(id) AS id FROM touchpoints WHERE organization_id = (SELECT id FROM org) GROUP BY lower(name);
INSERT OR IGNORE INTO feedback_items (id, organization_id, text, kind, source, date, nps, csat, ces, channel, segment, external_id, import_id, created_at, updated_at)
  SELECT printf('01900000-0000-7000-8000-%012X', rowid), (SELECT id FROM org), comment, 'friction', 'survey', NULLIF(submitted, ''),
         NULLIF(nps, ''), NULLIF(csat, ''), NULLIF(ces, ''), NULLIF(channel, ''), NULLIF(segment, ''), response_id,
         '01900000-0000-7000-8000-000000000000', unixepoch(), unixepoch()
  FROM raw;
INSERT INTO feedback_touchpoints (id, feedback_id, touchpoint_id)
  SELECT printf('01900000-0000-7000-9000-%012X', raw.rowid), f.id, p.id
  FROM raw JOIN feedback_items f ON f.id = printf('01900000-0000-7000-8000-%012X', raw.rowid) JOIN places p ON p.name = lower(raw.touchpoint);
COMMIT;"
log "sqlite3 $FLOOR_DB  <<< .import FILE raw; INSERT INTO feedback_items SELECT ...; INSERT INTO feedback_touchpoints SELECT ..."
t0=$(now_ns)
sqlite3 -bail "$FLOOR_DB" <<<"$FLOOR_SCRIPT"
t1=$(now_ns)
FLOOR_SECONDS=$(seconds_between "$t0" "$t1")

# --- 3. report -----------------------------------------------------------------------------
RATIO=$(awk -v a="$ALIGN_SECONDS" -v s="$SQLITE_SECONDS" 'BEGIN { if (s > 0) printf "%.2f", a / s; else print "inf" }')
MET=$(awk -v r="$RATIO" -v g="$GOAL" 'BEGIN { print (r != "inf" && r + 0 <= g) ? "MET" : "NOT MET" }')
rate() { awk -v n="$ROWS" -v s="$1" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }

echo "Import of $ROWS generated rows ($(awk -v b="$CSV_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB CSV, generated in ${GEN_SECONDS} s)"
printf '  %-34s %9s %12s %12s\n' "what" "seconds" "rows/s" "rows stored"
printf '  %s\n' "---------------------------------------------------------------------"
printf '  %-34s %9s %12s %12s\n' "sqlite3 .import (empty table)" "$SQLITE_SECONDS" "$(rate "$SQLITE_SECONDS")" "$SQLITE_ROWS"
printf '  %-34s %9s %12s %12s\n' "align import feedback" "$ALIGN_SECONDS" "$(rate "$ALIGN_SECONDS")" "$ALIGN_ROWS"
printf '  %-34s %9s %12s %12s\n' "sqlite3 into align's schema (floor)" "$FLOOR_SECONDS" "$(rate "$FLOOR_SECONDS")" "-"
echo
echo "  align output (last lines):"
tail -n 5 "$IMPORT_LOG" | sed 's/^/    /'
echo
echo "  align/sqlite3: ${RATIO}x   goal <= ${GOAL}x   $MET"
echo "  floor/sqlite3: $(awk -v a="$FLOOR_SECONDS" -v s="$SQLITE_SECONDS" 'BEGIN { if (s > 0) printf "%.2f", a / s; else print "inf" }')x   (what storing the rows in align's schema alone takes)"
echo "  align/floor:   $(awk -v a="$ALIGN_SECONDS" -v s="$FLOOR_SECONDS" 'BEGIN { if (s > 0) printf "%.2f", a / s; else print "inf" }')x"
if [ "${STRICT:-0}" = 1 ] && [ "$MET" != "MET" ]; then
  exit 1
fi
