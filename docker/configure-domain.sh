#!/usr/bin/env bash
# Configures a running Payara Server 6 domain for the clinic: MySQL driver, JDBC pool and resource, security,
# JVM memory and the database facts Hibernate needs. The run script, the test environment and the Docker image
# all call this one file, so every server is set up by the same commands.
#
# Needs: ASADMIN (the asadmin command with its --port/--host options), DRIVER_JAR, CLINIC_DB_URL,
# CLINIC_DB_USER; optional: CLINIC_DB_PASSWORD, CLINIC_DB_PRODUCT (MariaDB | MySQL), CLINIC_DB_VERSION (10.11, 8.0),
# CLINIC_DEMO_DATA (true | false), CLINIC_HEAP (1g).
# Database accounts: CLINIC_DB_USER/CLINIC_DB_PASSWORD is the application's (it serves requests: SELECT, INSERT,
# UPDATE, DELETE, the audit trail append-only), CLINIC_DB_MIGRATION_USER/CLINIC_DB_MIGRATION_PASSWORD the one
# Flyway migrates with (all rights on the schema, with GRANT OPTION: it grants the application's rights after each
# migration); CLINIC_DB_USER_HOST is the host part of the application's account (default %).
# The caller restarts the domain afterwards (the driver library and JVM options take effect on restart).
set -euo pipefail
: "${ASADMIN:?}" "${DRIVER_JAR:?}" "${CLINIC_DB_URL:?}" "${CLINIC_DB_USER:?}"
password=${CLINIC_DB_PASSWORD-}
product=${CLINIC_DB_PRODUCT:-MariaDB}
version=${CLINIC_DB_VERSION:-10.11}
heap=${CLINIC_HEAP:-1g}

# asadmin property lists separate entries with ':' and name from value with '='; both are escaped in values.
escape() { printf '%s' "$1" | sed -e 's/[\\:=]/\\&/g'; }
# password_property VALUE: the pool's password entry; an empty one must be written "".
password_property() { if [ -z "$1" ]; then printf '%s' 'password=""'; else printf 'password=%s' "$(escape "$1")"; fi; }

$ASADMIN add-library --type common "$DRIVER_JAR"

$ASADMIN delete-jvm-options '-Xmx512m' || true
$ASADMIN create-jvm-options "-Xmx${heap}"
# Hibernate is told the real database instead of guessing it from what Connector/J reports (MariaDB says 5.5.5-...).
$ASADMIN create-jvm-options "-Djakarta.persistence.database-product-name=${product}"
$ASADMIN create-jvm-options "-Djakarta.persistence.database-major-version=${version%%.*}"
$ASADMIN create-jvm-options "-Djakarta.persistence.database-minor-version=${version#*.}"
$ASADMIN create-jvm-options "-Dclinic.demo-data=${CLINIC_DEMO_DATA:-false}"

$ASADMIN create-jdbc-connection-pool \
  --datasourceclassname com.mysql.cj.jdbc.MysqlDataSource --restype javax.sql.DataSource \
  --steadypoolsize 4 --maxpoolsize 32 --isconnectvalidatereq true --validationmethod auto-commit \
  --property "URL=$(escape "$CLINIC_DB_URL"):user=$(escape "$CLINIC_DB_USER"):$(password_property "$password")" \
  clinic-pool
$ASADMIN create-jdbc-resource --connectionpoolid clinic-pool jdbc/clinic

# --- Schema migrations: their own account and a small pool (Flyway at start-up, then idle) ---
: "${CLINIC_DB_MIGRATION_USER:?the migration account (see README, Database)}"
$ASADMIN create-jdbc-connection-pool \
  --datasourceclassname com.mysql.cj.jdbc.MysqlDataSource --restype javax.sql.DataSource \
  --steadypoolsize 0 --maxpoolsize 2 --idletimeout 60 --isconnectvalidatereq true --validationmethod auto-commit \
  --property "URL=$(escape "$CLINIC_DB_URL"):user=$(escape "$CLINIC_DB_MIGRATION_USER"):$(password_property "${CLINIC_DB_MIGRATION_PASSWORD-}")" \
  clinic-migration-pool
$ASADMIN create-jdbc-resource --connectionpoolid clinic-migration-pool jdbc/clinic-migration
# The account the migration grants the application's rights to (platform.SchemaMigration).
$ASADMIN create-jvm-options "-Dclinic.database.application-account=$(printf '%s' "${CLINIC_DB_USER}@${CLINIC_DB_USER_HOST:-%}" | sed -e 's/[\\:]/\\&/g')"
# --- end of schema migrations ---

# Roles in @RolesAllowed are the groups the identity store returns (FRONT_DESK, CLINICIAN, PATIENT, ADMIN).
$ASADMIN set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
# A single server: no clustering.
$ASADMIN set-hazelcast-configuration --enabled=false
# Session cookies: SameSite=Lax (HttpOnly is set by the application's web.xml).
$ASADMIN set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.cookie-same-site-enabled=true
$ASADMIN set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.cookie-same-site-value=Lax

# --- Server hardening (issue 10, server): admin channel, TLS, banners, cookies, public endpoints ---
# Optional: CLINIC_TLS (optional | required: HTTP redirects to HTTPS, HSTS), CLINIC_HTTPS_PORT (8181).
# One asadmin session for all of these (each asadmin call starts a JVM).
listeners=configs.config.server-config.network-config.network-listeners.network-listener
protocols=configs.config.server-config.network-config.protocols.protocol
virtual_server=configs.config.server-config.http-service.virtual-server.server
docroot=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/docroot
hardening=$(mktemp)
trap 'rm -f "$hardening"' EXIT
{
  # Administration only from this machine, only with the password (the caller's ASADMIN carries it), over TLS.
  echo "set $listeners.admin-listener.address=127.0.0.1"
  echo "enable-secure-admin"
  # HTTPS on its port with the certificate create-domain generated (alias s1as) or one the operator put there.
  echo "set $listeners.http-listener-2.port=${CLINIC_HTTPS_PORT:-8181}"
  echo "create-jvm-options -Dclinic.tls=${CLINIC_TLS:-optional}"
  echo "create-jvm-options -Dclinic.https-port=${CLINIC_HTTPS_PORT:-8181}"
  # SameSite on the HTTPS listener too (the plain one is set above).
  echo "set $protocols.http-listener-2.http.cookie-same-site-enabled=true"
  echo "set $protocols.http-listener-2.http.cookie-same-site-value=Lax"
  # No version banners.
  for protocol in http-listener-1 http-listener-2 admin-listener; do
    echo "set $protocols.$protocol.http.server-header=false"
    echo "set $protocols.$protocol.http.xpowered-by=false"
  done
  # The server's own error pages (outside the application) name no product and version.
  echo "create-jvm-options -Dproduct.name="
  # MicroProfile Metrics is not public: off (the clinic's own /clinic/health/ready stays).
  echo "set-metrics-configuration --enabled=false"
  # No welcome page: the server's root leads to the clinic; paths outside it get a page naming no product.
  echo "set $virtual_server.docroot=$docroot"
  echo "set \"$virtual_server.property.send-error_1=code=404 path=$docroot/not-found.html\""
} > "$hardening"
$ASADMIN multimode --file "$hardening"
# --- end server hardening ---
