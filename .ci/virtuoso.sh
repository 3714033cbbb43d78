#!/usr/bin/env bash
# Installs Virtuoso Open Source (Debian's virtuoso-opensource: virtuoso-t and isql-vt) when missing, without
# questions, for the push test. The test starts its own server on loopback; the packaged service is not needed.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "virtuoso.sh: virtuoso-t is missing and cannot be installed here (needs root and apt-get); the push test will be skipped" >&2
  exit 0
fi
# The package would start its own server on ports 1111 and 8890: a policy-rc.d forbids service starts meanwhile.
policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  made_policy=1
fi
trap '[ "$made_policy" = 1 ] && rm -f "$policy"' EXIT
apt-get update -qq
apt-get install -y -qq virtuoso-opensource >/dev/null
command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null
echo "virtuoso.sh: $(virtuoso-t -? 2>&1 | grep -m1 -i version || echo 'virtuoso-t installed')"
