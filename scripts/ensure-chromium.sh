#!/usr/bin/env bash
# The site's browser tests drive Debian's Chromium (never a downloaded one). Install it when
# it is missing: these machines run as root and reach Debian's package mirror.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
echo "› Cài Chromium từ kho gói Debian cho các kiểm thử trình duyệt…" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Cần quyền root để cài Chromium: sudo apt-get install -y chromium" >&2
  exit 1
fi
# Another install on the machine may hold dpkg's lock: wait for it rather than fail.
apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >&2
