#!/bin/sh
# Serve the site with granian and run the task worker (with its scheduler) beside it; when the
# server stops (Ctrl+C, or it fails), the worker is stopped too.
# Usage: scripts/serve-with-worker.sh VENV HOST PORT STATIC_DIR
set -u
VENV=$1 HOST=$2 PORT=$3 STATIC_DIR=$4

"$VENV/bin/python" manage.py run_worker --verbosity 0 &
WORKER=$!
stop_worker() {
    kill -TERM "$WORKER" 2>/dev/null
    wait "$WORKER" 2>/dev/null
}
trap stop_worker EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$VENV/bin/granian" --interface wsgi config.wsgi:application --host "$HOST" --port "$PORT" \
    --workers 2 --blocking-threads 1 --static-path-mount "$STATIC_DIR" --log-level warning
