#!/usr/bin/env bash
# Builds the clinic and runs it (http 8080, https 8181, admin 8048 on 127.0.0.1 with a generated password; other
# ports with CLINIC_PORTBASE=9000 and so on): database (embedded MariaDB unless CLINIC_DB_URL is set), Payara Server 6
# configured by docker/configure-domain.sh, the EAR deployed (it migrates the schema and loads the demo data
# once), then prints the URL. Everything lives under .clinic/ and survives restarts; scripts/stop.sh stops it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
STATE=$ROOT/.clinic
PAYARA_HOME=$STATE/payara6
DB_PORT=${CLINIC_EMBEDDED_DB_PORT:-3307}
# --- ports, admin password, TLS (issue 10, server) ---
PORTBASE=${CLINIC_PORTBASE:-8000}
HTTP_PORT=$((PORTBASE + 80)) HTTPS_PORT=$((PORTBASE + 181)) ADMIN_PORT=$((PORTBASE + 48))
ADMIN_PASSWORDS=$STATE/admin-password
export CLINIC_TLS=${CLINIC_TLS:-optional}
# --- end ports, admin password, TLS ---

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
CLINIC_DEMO_DATA=true new_domain "$PAYARA_HOME" "$STATE/domains" clinic "$PORTBASE" "$ADMIN_PASSWORDS" "$HTTPS_PORT"
"$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$ADMIN_PASSWORDS" --port "$ADMIN_PORT" \
  deploy --force --name clinic "$ROOT/it/target/server/clinic.ear" >/dev/null
wait_for_url "https://localhost:$HTTPS_PORT/clinic/health/ready" 180

if [ "$CLINIC_TLS" = required ]; then
  plain="http://localhost:$HTTP_PORT/ redirects to HTTPS (CLINIC_TLS=required)"
else
  plain="http://localhost:$HTTP_PORT/clinic/ (plain HTTP, for a first look on this machine; CLINIC_TLS=required turns it off)"
fi
cat <<MSG

The clinic is running:  https://localhost:$HTTPS_PORT/clinic/ (self-signed certificate, generated with the domain)
                        $plain
REST API:               https://localhost:$HTTPS_PORT/clinic/api/v1/
Payara administration:  https://localhost:$ADMIN_PORT/ (this machine only), user admin,
                        password in .clinic/admin-password (AS_ADMIN_PASSWORD=..., mode 0600)
Stop it with:           scripts/stop.sh
MSG
