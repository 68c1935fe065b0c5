#!/usr/bin/env bash
# Stops what scripts/run.sh started: the Payara domain, then the embedded database (if it runs).
set -uo pipefail
source "$(dirname "$0")/common.sh"
STATE=$ROOT/.clinic
if [ -x "$STATE/payara6/bin/asadmin" ]; then
  "$STATE/payara6/bin/asadmin" stop-domain --domaindir "$STATE/domains" clinic || true
fi
stop_pid "$STATE/db/mariadb.pid"
echo "stopped"
