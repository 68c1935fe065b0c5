#!/usr/bin/env bash
# Stops what scripts/run.sh started: the Payara domain, then the embedded database (if it runs).
set -uo pipefail
source "$(dirname "$0")/common.sh"
STATE=$ROOT/.clinic
if [ -x "$STATE/payara6/bin/asadmin" ]; then
  # The domain is found by its folder, whatever CLINIC_PORTBASE run.sh was given; the admin password is its own.
  "$STATE/payara6/bin/asadmin" --user admin --passwordfile "$STATE/admin-password" \
    stop-domain --domaindir "$STATE/domains" clinic || true
fi
stop_pid "$STATE/db/mariadb.pid"
echo "stopped"
