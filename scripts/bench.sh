#!/usr/bin/env bash
# One entry point for the benchmarks:
#   scripts/bench_sentiment.py  accuracy of `align analyze` vs VADER on human-labelled reviews
#   scripts/bench_analyze.py    docs/s of `align analyze` vs scikit-learn tf-idf+NMF and VADER
#   scripts/check_themes.py     align's themes on real reviews beside tf-idf+NMF topics
#   scripts/bench_import.sh     `align import feedback` vs sqlite3's bare .import
#   scripts/bench_signin.py     sign-in time for an unknown email vs a wrong password
#
# Usage: scripts/bench.sh [--build] [--quick] [--analyze-rows N] [--import-rows N]
#                         [--sentiment-limit N] [--dataset amazon|movie|tweets|nyt]
#
#   --build             run `swift build -c release --product align` first and use
#                       .build/release/align; without it ALIGN_BIN (default .build/release/align
#                       if present, else .build/debug/align) must already exist
#   --quick             small sizes for a smoke run (analyze 10,000 rows, import 50,000 rows)
#   --analyze-rows N    corpus size for bench_analyze.py (default 100000)
#   --import-rows N     rows for bench_import.sh (default 1000000)
#   --sentiment-limit N labelled items for bench_sentiment.py (default 0 = all)
#   --dataset NAME      labelled data set for bench_sentiment.py (default amazon)
#
# Sets up (idempotently) a Python virtual environment at .venv-bench with
# scripts/requirements-bench.txt, and the labelled data inside it (pip download of the
# vaderSentiment sdist, see bench_sentiment.py). Logs and JSON results go to artifacts/bench/.
# Exits non-zero when a benchmark fails to run; missed speed/accuracy goals are reported only.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
cd "$REPO_ROOT"

log() { echo "==> $*"; }
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

BUILD=0
ANALYZE_ROWS=100000
IMPORT_ROWS=1000000
SENTIMENT_LIMIT=0
DATASET=amazon
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=1 ;;
    --quick) ANALYZE_ROWS=10000; IMPORT_ROWS=50000 ;;
    --analyze-rows) ANALYZE_ROWS="${2:?--analyze-rows needs a number}"; shift ;;
    --import-rows) IMPORT_ROWS="${2:?--import-rows needs a number}"; shift ;;
    --sentiment-limit) SENTIMENT_LIMIT="${2:?--sentiment-limit needs a number}"; shift ;;
    --dataset) DATASET="${2:?--dataset needs a name}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "error: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
for n in "$ANALYZE_ROWS" "$IMPORT_ROWS" "$SENTIMENT_LIMIT"; do
  case "$n" in ''|*[!0-9]*) echo "error: '$n' is not a non-negative integer" >&2; exit 2;; esac
done

# --- align binary --------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  log "swift build -c release --product align"
  swift build -c release --product align
  ALIGN_BIN="$REPO_ROOT/.build/release/align"
elif [ -z "${ALIGN_BIN:-}" ]; then
  if [ -x .build/release/align ]; then ALIGN_BIN="$REPO_ROOT/.build/release/align"; else ALIGN_BIN="$REPO_ROOT/.build/debug/align"; fi
fi
if [ ! -x "$ALIGN_BIN" ]; then
  echo "error: align binary not found at $ALIGN_BIN: pass --build, or set ALIGN_BIN" >&2
  exit 1
fi
ALIGN_BIN="$(cd "$(dirname "$ALIGN_BIN")" && pwd)/$(basename "$ALIGN_BIN")"
export ALIGN_BIN
case "$ALIGN_BIN" in */debug/*) log "warning: $ALIGN_BIN is a debug build; timings will be far slower than release" ;; esac

# --- Python virtual environment ------------------------------------------------------------
VENV="$REPO_ROOT/.venv-bench"
REQS="$SCRIPT_DIR/requirements-bench.txt"
STAMP="$VENV/.requirements-bench.sha256"

if [ ! -x "$VENV/bin/python" ]; then
  PY="$(command -v python3 || true)"
  [ -n "$PY" ] || PY=/usr/bin/python3
  log "Creating Python virtual environment at .venv-bench (with $PY)"
  "$PY" -m venv "$VENV"
else
  log "Python virtual environment .venv-bench already exists"
fi

want_hash="$(sha256sum "$REQS" | cut -d' ' -f1)"
have_hash="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$want_hash" = "$have_hash" ] && "$VENV/bin/python" -c 'import sklearn, vaderSentiment' >/dev/null 2>&1; then
  log "Benchmark requirements already satisfied"
else
  log "pip install -r scripts/requirements-bench.txt into .venv-bench"
  "$VENV/bin/python" -m pip install --quiet -r "$REQS"
  echo "$want_hash" > "$STAMP"
fi
PYTHON="$VENV/bin/python"
"$PYTHON" "$SCRIPT_DIR/bench_sentiment.py" --prepare-data

# --- run -----------------------------------------------------------------------------------
OUT="$REPO_ROOT/artifacts/bench"
mkdir -p "$OUT"
rm -f "$OUT"/sentiment.json "$OUT"/analyze.json "$OUT"/*.log

SENTIMENT_CMD=("$PYTHON" scripts/bench_sentiment.py --dataset "$DATASET" --limit "$SENTIMENT_LIMIT" --json-out "$OUT/sentiment.json")
ANALYZE_CMD=("$PYTHON" scripts/bench_analyze.py --rows "$ANALYZE_ROWS" --json-out "$OUT/analyze.json")
THEMES_CMD=("$PYTHON" scripts/check_themes.py --align-bin "$ALIGN_BIN")
IMPORT_CMD=(scripts/bench_import.sh "$IMPORT_ROWS")
SIGNIN_CMD=("$PYTHON" scripts/bench_signin.py --json-out "$OUT/signin.json")

declare -A STATUS
run() {
  local name="$1"; shift
  log "[$name] $*"
  set +e
  "$@" 2>&1 | tee "$OUT/$name.log"
  local rc=${PIPESTATUS[0]}
  set -e
  STATUS[$name]=$rc
  [ "$rc" -eq 0 ] || log "[$name] FAILED (exit $rc); see $OUT/$name.log"
  echo
}
run sentiment "${SENTIMENT_CMD[@]}"
run analyze "${ANALYZE_CMD[@]}"
run themes "${THEMES_CMD[@]}"
run import "${IMPORT_CMD[@]}"
run signin "${SIGNIN_CMD[@]}"

# --- summary -------------------------------------------------------------------------------
echo "================================ benchmark summary ================================"
echo "align binary: $ALIGN_BIN"
echo "commands:"
echo "  ALIGN_BIN=$ALIGN_BIN ${SENTIMENT_CMD[*]#"$REPO_ROOT/"}"
echo "  ALIGN_BIN=$ALIGN_BIN ${ANALYZE_CMD[*]#"$REPO_ROOT/"}"
echo "  ALIGN_BIN=$ALIGN_BIN ${IMPORT_CMD[*]}"
echo "  ALIGN_BIN=$ALIGN_BIN ${SIGNIN_CMD[*]#"$REPO_ROOT/"}"
echo "results:"
"$PYTHON" - "$OUT" <<'EOF' || true
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
try:
    s = json.loads((out / "sentiment.json").read_text())
    line = f"  sentiment ({s['dataset']}, {s['items']} items): vader {s['vader']['sign']['accuracy']:.1%}"
    if "align" in s:
        r = s["ratio_align_vader"]
        line += f", align {s['align']['sign']['accuracy']:.1%}, align/vader {r:.3f}" if r is not None else ", align/vader n/a"
    print(line)
except (OSError, KeyError, ValueError) as error:
    print(f"  sentiment: no result ({error})")
try:
    a = json.loads((out / "analyze.json").read_text())
    rates = ", ".join(f"{k} {v:,.0f} docs/s" for k, v in a["docs_per_second"].items() if v)
    goals = ", ".join(f"{k} {g['ratio']:.1f}x (goal {g['goal']:.0f}x {'met' if g['met'] else 'NOT met'})"
                      for k, g in a["goals"].items())
    print(f"  analyze ({a['documents']} docs): {rates}")
    print(f"    {goals}")
except (OSError, KeyError, ValueError) as error:
    print(f"  analyze: no result ({error})")
EOF
import_line="$(grep -E '^  align/sqlite3:' "$OUT/import.log" 2>/dev/null | tail -n 1 || true)"
echo "  import ($IMPORT_ROWS rows): ${import_line:-  no result}" | sed 's/:   align/: align/'
signin_line="$(grep -E '^  unknown/wrong-password:' "$OUT/signin.log" 2>/dev/null | tail -n 1 || true)"
echo "  sign-in: ${signin_line:-no result}" | sed 's/:   unknown/: unknown/'
echo "exit status: sentiment=${STATUS[sentiment]} analyze=${STATUS[analyze]} import=${STATUS[import]} signin=${STATUS[signin]}"
echo "logs and JSON: ${OUT#"$REPO_ROOT/"}/"
echo "==================================================================================="
for name in sentiment analyze import signin; do
  [ "${STATUS[$name]}" -eq 0 ] || exit 1
done
