#!/usr/bin/env bash
# Builds the clinic and runs it (http 8080, admin 8048): database (embedded MariaDB unless CLINIC_DB_URL is set), Payara Server 6
# configured by docker/configure-domain.sh, the EAR deployed (it migrates the schema and loads the demo data
# once), then prints the URL. Everything lives under .clinic/ and survives restarts; scripts/stop.sh stops it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
STATE=$ROOT/.clinic
PAYARA_HOME=$STATE/payara6
DB_PORT=${CLINIC_EMBEDDED_DB_PORT:-3307}

cd "$ROOT"
echo "building (mvn -DskipTests package) ..."
mvn -q -B -DskipTests -Dpayara.parent="$STATE" package

# Database accounts (README, Database): the application's serves requests, the migration account runs Flyway.
if [ -n "${CLINIC_DB_URL:-}" ] && [ -n "${CLINIC_DB_MIGRATION_USER:-}" ]; then
  echo "database: $CLINIC_DB_URL, application account $CLINIC_DB_USER, migration account $CLINIC_DB_MIGRATION_USER"
elif [ -n "${CLINIC_DB_URL:-}" ]; then
  # CLINIC_DB_USER is an administrator (e.g. root): used only to create the database and its two accounts.
  setup_database "$(server_url_of "$CLINIC_DB_URL")" "${CLINIC_DB_USER:-root}" "${CLINIC_DB_PASSWORD-}" \
    "$(database_of "$CLINIC_DB_URL")" "$STATE/db"
else
  echo "starting the embedded MariaDB on 127.0.0.1:$DB_PORT (data in .clinic/db) ..."
  start_embedded_db "$DB_PORT" "$STATE/db/data" "$STATE/db/mariadb.pid" "$STATE/db/mariadb.log"
  setup_database "jdbc:mysql://127.0.0.1:$DB_PORT/" root "$(cat "$STATE/db/root.password")" clinic "$STATE/db"
  export CLINIC_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/clinic"
  echo "database passwords (mode 0600): root in .clinic/db/root.password, the application's and the migration"
  echo "account's in .clinic/db/$CLINIC_DB_USER.password and .clinic/db/$CLINIC_DB_MIGRATION_USER.password"
fi

echo "starting Payara Server 6 ..."
CLINIC_DEMO_DATA=true new_domain "$PAYARA_HOME" "$STATE/domains" clinic 8000
"$PAYARA_HOME/bin/asadmin" --port 8048 deploy --force --name clinic "$ROOT/it/target/server/clinic.ear" >/dev/null
wait_for_url http://localhost:8080/clinic/health/ready 180

cat <<MSG

The clinic is running:  http://localhost:8080/clinic/
REST API:               http://localhost:8080/clinic/api/v1/
Stop it with:           scripts/stop.sh
MSG
