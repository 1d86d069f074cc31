#!/bin/sh
# What the test suite needs from Debian: Chromium for the browser tests, GNU gettext to check the
# Thai catalogue, Thai fonts for screenshots. Installed when missing and we are root.
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v xgettext >/dev/null 2>&1 || missing="$missing gettext"
[ -d /usr/share/fonts/truetype/tlwg ] || missing="$missing fonts-thai-tlwg"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing for the tests (once):$missing ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  exit $?
fi
echo "The tests need these Debian packages:$missing. Install them with:" >&2
echo "    sudo apt-get install$missing" >&2
exit 1
