#!/usr/bin/env bash
# Starts the domain; on the first start configures it (docker/configure-domain.sh) and deploys the EAR.
set -euo pipefail
asadmin=$PAYARA_HOME/bin/asadmin
"$asadmin" start-domain domain1
if [ ! -f "$PAYARA_HOME/glassfish/domains/domain1/.clinic-configured" ]; then
  ASADMIN="$asadmin" DRIVER_JAR=/opt/clinic/mysql-connector-j.jar bash /opt/clinic/configure-domain.sh
  "$asadmin" restart-domain domain1
  "$asadmin" deploy --force --name clinic /opt/clinic/clinic.ear
  touch "$PAYARA_HOME/glassfish/domains/domain1/.clinic-configured"
fi
exec tail -F "$PAYARA_HOME/glassfish/domains/domain1/logs/server.log"
