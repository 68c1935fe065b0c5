#!/usr/bin/env bash
# The booking benchmark (issue 3), one command: builds, starts an embedded MariaDB (port 3412) and a Payara domain
# of its own (http 29080, admin 29048) with Hibernate statistics on, deploys the EAR, generates the data set
# (40 providers, 20,000 patients, ~200,000 appointments over a year) and prints the figures. Everything is
# stopped afterwards. Arguments (optional): number of course bookings (100) and of week views (200).
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
STATE=$ROOT/bench/target
PAYARA_HOME=$STATE/payara6
DB_PORT=${BENCH_DB_PORT:-3412}
PORTBASE=${BENCH_PORTBASE:-29000}
# Secure admin with a password generated for the benchmark's domain (issue 10).
ADMIN_PASSWORDS=$STATE/admin-password
ASADMIN="$PAYARA_HOME/bin/asadmin --user admin --passwordfile $ADMIN_PASSWORDS --port $((PORTBASE + 48))"

cd "$ROOT"
echo "building ..."
mvn -q -B -Pbench -DskipTests -Dpayara.parent="$STATE" package

cleanup() {
  $ASADMIN stop-domain --domaindir "$STATE/domains" bench >/dev/null 2>&1 || true
  stop_pid "$STATE/db/mariadb.pid"
}
trap cleanup EXIT

echo "starting the benchmark database (port $DB_PORT) and server (port $((PORTBASE + 80))) ..."
start_embedded_db "$DB_PORT" "$STATE/db/data" "$STATE/db/mariadb.pid" "$STATE/db/mariadb.log"
setup_database "jdbc:mysql://127.0.0.1:$DB_PORT/" root "$(cat "$STATE/db/root.password")" clinic_bench "$STATE/db" --fresh
export CLINIC_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/clinic_bench"
CLINIC_DEMO_DATA=true CLINIC_HEAP=2g new_domain "$PAYARA_HOME" "$STATE/domains" bench "$PORTBASE" "$ADMIN_PASSWORDS"
# Hibernate logs each session's statement count; the benchmark sums them.
$ASADMIN create-jvm-options -Dhibernate.generate_statistics=true >/dev/null
"$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$ADMIN_PASSWORDS" restart-domain --domaindir "$STATE/domains" bench \
  >/dev/null
$ASADMIN deploy --force --name clinic "$ROOT/it/target/server/clinic.ear" >/dev/null
wait_for_url "http://localhost:$((PORTBASE + 80))/clinic/health/ready" 180

java -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")" com.dorsum.bench.Benchmark \
  "http://localhost:$((PORTBASE + 80))/clinic/" "$CLINIC_DB_URL" "$STATE/domains/bench/logs/server.log" "$@" \
  | tee "$STATE/results.txt"
echo "figures saved in bench/target/results.txt"
