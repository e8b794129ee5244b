#!/usr/bin/env bash
# Runs Debian's nginx in front of several `align serve` processes, on loopback, without systemd.
#
#   scripts/nginx.sh start DIR PORT UPSTREAM_PORT...   write DIR/nginx.conf (round robin over the
#                                                      upstreams on 127.0.0.1) and start nginx on
#                                                      127.0.0.1:PORT; logs and pid in DIR.
#   scripts/nginx.sh stop DIR                          stop it; no-op when not running.
#
# The configuration is the one README's "Behind nginx" shows: X-Forwarded-For and X-Request-Id
# passed on, keep-alive connections to the upstreams, and 503s from Align passed through as they are.
set -euo pipefail

die() { echo "error: $*" >&2; exit 1; }
usage() { echo "usage: $0 start DIR PORT UPSTREAM_PORT... | stop DIR" >&2; exit 2; }

NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

case "${1:-}" in
  start)
    [ $# -ge 4 ] || usage
    DIR="$2"; PORT="$3"; shift 3
    [ -x "$NGINX" ] || die "nginx is not installed (run scripts/install-test-deps.sh)"
    mkdir -p "$DIR/tmp"
    DIR="$(cd "$DIR" && pwd)"
    servers=""
    for upstream in "$@"; do
      [[ "$upstream" =~ ^[0-9]+$ ]] || die "UPSTREAM_PORT must be a number, got '$upstream'"
      servers+="    server 127.0.0.1:$upstream max_fails=0;"$'\n'
    done
    # As root, nginx's workers would switch to nobody, who cannot write DIR.
    user_line=""
    [ "$(id -u)" -eq 0 ] && user_line="user root;"
    cat > "$DIR/nginx.conf" <<CONF
$user_line
worker_processes 1;
daemon on;
pid $DIR/nginx.pid;
error_log $DIR/error.log warn;
events { worker_connections 4096; }
http {
  access_log $DIR/access.log;
  client_body_temp_path $DIR/tmp/body;
  proxy_temp_path $DIR/tmp/proxy;
  fastcgi_temp_path $DIR/tmp/fastcgi;
  uwsgi_temp_path $DIR/tmp/uwsgi;
  scgi_temp_path $DIR/tmp/scgi;
  client_max_body_size 200m;
  upstream align {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$PORT;
    location / {
      proxy_pass http://align;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Request-Id \$request_id;
      proxy_request_buffering off;
      proxy_read_timeout 300s;
    }
  }
}
CONF
    "$NGINX" -p "$DIR" -c "$DIR/nginx.conf" -t 2>"$DIR/config-test.log" || { cat "$DIR/config-test.log" >&2; die "nginx refused its configuration"; }
    "$NGINX" -p "$DIR" -c "$DIR/nginx.conf"
    for _ in $(seq 1 50); do [ -s "$DIR/nginx.pid" ] && break; sleep 0.1; done
    [ -s "$DIR/nginx.pid" ] || die "nginx did not start; see $DIR/error.log"
    echo "http://127.0.0.1:$PORT"
    ;;
  stop)
    [ $# -eq 2 ] || usage
    DIR="$2"
    if [ -s "$DIR/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx.pid")" 2>/dev/null; then
      "$NGINX" -p "$DIR" -c "$DIR/nginx.conf" -s quit || kill "$(cat "$DIR/nginx.pid")"
      for _ in $(seq 1 50); do [ -s "$DIR/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx.pid")" 2>/dev/null || break; sleep 0.1; done
    fi
    ;;
  *) usage ;;
esac
