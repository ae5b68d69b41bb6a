#!/usr/bin/env bash
# The site's tests serve a built site through Debian's nginx with the shipped configuration
# (deploy/nginx/). Install it when it is missing, as ensure-chromium.sh does Chromium. When it
# cannot be installed this says so and still succeeds: that one test then skips, saying why,
# and every other test runs.
set -uo pipefail
nginx="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$nginx" ]; then exit 0; fi
echo "› Cài nginx từ kho gói Debian cho kiểm thử cấu hình máy chủ web…" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Cần quyền root để cài nginx (sudo apt-get install -y nginx); kiểm thử nginx sẽ bỏ qua." >&2
  exit 0
fi
# The tests start nginx themselves on a free port: where an init system runs, keep Debian from
# starting its default site on port 80 on install (policy-rc.d, as Docker images have it).
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT
fi
# Another install may hold dpkg's lock: wait for it rather than skip.
if ! { apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq nginx; } >&2; then
  echo "Không cài được nginx từ kho gói Debian; kiểm thử nginx sẽ bỏ qua." >&2
fi
exit 0
