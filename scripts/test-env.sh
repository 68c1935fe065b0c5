#!/usr/bin/env bash
# Starts and stops what the integration tests run against: a database of their own (the external server named by
# CLINIC_DB_URL, or else an embedded MariaDB) and a fresh Payara domain on its own ports. Called by Maven
# (it/pom.xml) in pre- and post-integration-test; the tests deploy the EAR into it through Arquillian.
set -euo pipefail
source "$(dirname "$0")/common.sh"
: "${PAYARA_HOME:?}" "${WORK_DIR:?}"
DOMAIN_DIR=$WORK_DIR/domains
DB_PID=$WORK_DIR/testdb/mariadb.pid
# The test domain's admin password (generated, mode 0600), also read by Arquillian (it/pom.xml).
ADMIN_PASSWORDS=$WORK_DIR/admin-password.properties

case "${1:-}" in
  start)
    : "${TEST_PORTBASE:?}" "${TEST_DB_PORT:?}" "${TEST_DB_NAME:?}"
    if [ -n "${CLINIC_DB_URL:-}" ]; then
      server=$(server_url_of "$CLINIC_DB_URL")
      user=${CLINIC_DB_USER:-root}; password=${CLINIC_DB_PASSWORD-}
      echo "test database: $TEST_DB_NAME on the external server $server"
    else
      start_embedded_db "$TEST_DB_PORT" "$WORK_DIR/testdb/data" "$DB_PID" "$WORK_DIR/testdb/mariadb.log"
      server="jdbc:mysql://127.0.0.1:$TEST_DB_PORT/"
      user=root; password=
      echo "test database: $TEST_DB_NAME on an embedded MariaDB at port $TEST_DB_PORT"
    fi
    setup_database "$server" "$user" "$password" "$TEST_DB_NAME" --fresh
    url="${server}${TEST_DB_NAME}"
    # The tests read these to clean the database between tests and to find the server.
    cat > "$WORK_DIR/test-env.properties" <<PROPS
db.url=$url
db.user=$user
db.password=$password
http.port=$((TEST_PORTBASE + 80))
admin.port=$((TEST_PORTBASE + 48))
PROPS
    # --- admin password and HTTPS (issue 10, server): the failsafe run hands the password file to Arquillian ---
    cat >> "$WORK_DIR/test-env.properties" <<PROPS
https.port=$((TEST_PORTBASE + 81))
admin.password.file=$ADMIN_PASSWORDS
PROPS
    # --- end admin password and HTTPS ---
    CLINIC_DB_URL=$url CLINIC_DB_USER=$user CLINIC_DB_PASSWORD=$password CLINIC_DEMO_DATA=true \
      new_domain "$PAYARA_HOME" "$DOMAIN_DIR" clinic-test "$TEST_PORTBASE" "$ADMIN_PASSWORDS"
    echo "test server: Payara domain clinic-test, admin port $((TEST_PORTBASE + 48)) (password in $ADMIN_PASSWORDS)," \
      "http port $((TEST_PORTBASE + 80)), https port $((TEST_PORTBASE + 81))"
    ;;
  stop)
    "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$ADMIN_PASSWORDS" stop-domain --domaindir "$DOMAIN_DIR" \
      clinic-test >/dev/null 2>&1 || true
    stop_pid "$DB_PID"
    ;;
  *) echo "usage: test-env.sh start|stop" >&2; exit 2 ;;
esac
