#!/usr/bin/env bash
# Installs what the test suite needs beyond the Swift toolchain:
#   - Debian packages: postgresql, chromium, chromium-driver, nginx, wrk (+ fonts-liberation, a
#     recommended font set we keep because installs use --no-install-recommends, which
#     avoids pulling udev/upower/systemd bits that are useless in a container)
#   - a Python virtual environment at .venv (repo root) with scripts/requirements-test.txt
# Idempotent: does nothing when everything is already present.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
cd "$REPO_ROOT"

log() { echo "==> $*"; }

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

pkg_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

# --- Debian packages --------------------------------------------------------
missing=()
pkg_installed postgresql || missing+=(postgresql)
if ! pkg_installed chromium || ! { command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ]; }; then
  missing+=(chromium)
fi
if ! pkg_installed chromium-driver || ! command -v chromedriver >/dev/null 2>&1; then
  missing+=(chromium-driver)
fi
pkg_installed fonts-liberation || missing+=(fonts-liberation)
# The drills put nginx in front of several instances and drive them with wrk.
pkg_installed nginx || missing+=(nginx)
pkg_installed wrk || missing+=(wrk)

if [ "${#missing[@]}" -eq 0 ]; then
  log "Debian packages already installed: postgresql chromium chromium-driver fonts-liberation nginx wrk"
else
  log "Installing missing Debian packages: ${missing[*]}"
  log "apt-get update"
  as_root apt-get update
  # Packages such as nginx and postgresql start their services when installed; nothing here needs
  # them running (the scripts start their own on loopback), so a temporary policy forbids it.
  policy_added=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod +x /usr/sbin/policy-rc.d
    policy_added=1
  fi
  apt_install() {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  }
  if ! apt_install; then
    log "apt-get install failed; running apt-get --fix-broken install and retrying once"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get --fix-broken install -y
    apt_install
  fi
  [ "$policy_added" -eq 1 ] && as_root rm -f /usr/sbin/policy-rc.d
  log "Installed: ${missing[*]}"
fi

# --- Python virtual environment ---------------------------------------------
VENV="$REPO_ROOT/.venv"
REQS="$SCRIPT_DIR/requirements-test.txt"
STAMP="$VENV/.requirements-test.sha256"

if [ ! -x "$VENV/bin/python" ]; then
  PY="$(command -v python3 || true)"
  [ -n "$PY" ] || PY=/usr/bin/python3
  log "Creating Python virtual environment at .venv (with $PY)"
  "$PY" -m venv "$VENV"
else
  log "Python virtual environment .venv already exists"
fi

want_hash="$(sha256sum "$REQS" | cut -d' ' -f1)"
have_hash="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$want_hash" = "$have_hash" ] && "$VENV/bin/python" -c 'import selenium' >/dev/null 2>&1; then
  log "Python test requirements already satisfied (selenium $("$VENV/bin/python" -c 'import selenium; print(selenium.__version__)'))"
else
  log "pip install -r scripts/requirements-test.txt into .venv"
  "$VENV/bin/python" -m pip install --quiet -r "$REQS"
  echo "$want_hash" > "$STAMP"
  log "Installed selenium $("$VENV/bin/python" -c 'import selenium; print(selenium.__version__)')"
fi

log "Test dependencies ready"
