#!/bin/sh
# The browser tests drive Debian's Chromium. Install it when missing and we are root.
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (once) ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-thai-tlwg >/dev/null
  exit $?
fi
echo "The browser tests need Chromium at /usr/bin/chromium. Install it with:" >&2
echo "    sudo apt-get install chromium fonts-thai-tlwg" >&2
if [ "${CI:-}" = "true" ]; then exit 1; fi
echo "Without it the browser tests are skipped (outside CI only)." >&2
