#!/usr/bin/env bash
# Prints a currently free TCP port on 127.0.0.1 (the kernel picks it: bind to port 0).
set -euo pipefail
exec python3 - <<'PY'
import socket
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
PY
