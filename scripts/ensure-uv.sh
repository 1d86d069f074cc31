#!/bin/sh
# Make `python3 -m uv` available: the project's only bootstrap requirement beyond Python itself.
set -e
PY="${1:-python3}"
if "$PY" -m uv --version >/dev/null 2>&1; then exit 0; fi
echo "Installing uv for $PY (once) ..."
if ! "$PY" -m pip --version >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pip >/dev/null
  else
    echo "pip is missing. Install it first: sudo apt-get install python3-pip" >&2
    exit 1
  fi
fi
"$PY" -m pip install --user --quiet uv 2>/dev/null \
  || "$PY" -m pip install --user --quiet --break-system-packages uv \
  || "$PY" -m pip install --quiet uv
"$PY" -m uv --version
