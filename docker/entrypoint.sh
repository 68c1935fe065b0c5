#!/usr/bin/env bash
# Starts the domain; on the first start sets the admin password from PAYARA_ADMIN_PASSWORD (required), configures
# the domain (docker/configure-domain.sh: secure admin on 127.0.0.1, TLS, ...) and deploys the EAR.
set -euo pipefail
: "${PAYARA_ADMIN_PASSWORD:?set PAYARA_ADMIN_PASSWORD: the domain administrator's password}"
asadmin=$PAYARA_HOME/bin/asadmin
domain=$PAYARA_HOME/glassfish/domains/domain1
passwords=$domain/config/.clinic-admin-password
(umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$PAYARA_ADMIN_PASSWORD" > "$passwords")
admin="$asadmin --user admin --passwordfile $passwords"
"$asadmin" start-domain domain1
if [ ! -f "$domain/.clinic-configured" ]; then
  # The image's domain has an empty admin password: replace it before anything else.
  change=$(mktemp) && chmod 600 "$change"
  printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$PAYARA_ADMIN_PASSWORD" > "$change"
  "$asadmin" --user admin --passwordfile "$change" change-admin-password
  rm -f "$change"
  ASADMIN="$admin" DRIVER_JAR=/opt/clinic/mysql-connector-j.jar bash /opt/clinic/configure-domain.sh
  "$asadmin" restart-domain domain1
  $admin deploy --force --name clinic /opt/clinic/clinic.ear
  touch "$domain/.clinic-configured"
fi
exec tail -F "$domain/logs/server.log"
