#!/bin/sh
# WeasyPrint (receipts, minutes, certificates as PDF) needs Pango and HarfBuzz from the system, and
# Thai PDFs need a Thai font. Installed when missing and we are root; otherwise say how.
missing=""
ldconfig -p 2>/dev/null | grep -q "libpango-1.0.so.0" || missing="$missing libpango-1.0-0"
ldconfig -p 2>/dev/null | grep -q "libpangoft2-1.0.so.0" || missing="$missing libpangoft2-1.0-0"
ldconfig -p 2>/dev/null | grep -q "libharfbuzz-subset.so.0" || missing="$missing libharfbuzz-subset0"
[ -d /usr/share/fonts/truetype/tlwg ] || missing="$missing fonts-thai-tlwg"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the libraries PDF output needs (once):$missing ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  exit $?
fi
echo "PDF output needs these Debian packages:$missing. Install them with:" >&2
echo "    sudo apt-get install$missing" >&2
if [ "${CI:-}" = "true" ]; then exit 1; fi
echo "Loetrat runs without them, but receipts and minutes cannot be made as PDF." >&2
