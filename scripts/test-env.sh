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
    # CLINIC_DB_USER on an external server is an administrator (CI: root): it creates the test database and its
    # accounts (named after it, so runs of several checkouts on one server never share them), nothing else.
    if [ -n "${CLINIC_DB_URL:-}" ]; then
      server=$(server_url_of "$CLINIC_DB_URL")
      admin=${CLINIC_DB_USER:-root}; admin_password=${CLINIC_DB_PASSWORD-}; embedded=false
      echo "test database: $TEST_DB_NAME on the external server $server"
    else
      start_embedded_db "$TEST_DB_PORT" "$WORK_DIR/testdb/data" "$DB_PID" "$WORK_DIR/testdb/mariadb.log"
      server="jdbc:mysql://127.0.0.1:$TEST_DB_PORT/"
      admin=root; admin_password=$(cat "$WORK_DIR/testdb/root.password"); embedded=true
      echo "test database: $TEST_DB_NAME on an embedded MariaDB at 127.0.0.1:$TEST_DB_PORT"
    fi
    setup_database "$server" "$admin" "$admin_password" "$TEST_DB_NAME" "$WORK_DIR/testdb" --fresh
    url="${server}${TEST_DB_NAME}"
    user=$CLINIC_DB_USER; password=$CLINIC_DB_PASSWORD
    # The tests read these to find the server, to clean the database between tests (the migration account may
    # change any table) and to check what the application's account may do.
    (umask 077 && cat > "$WORK_DIR/test-env.properties" <<PROPS
db.url=$url
db.user=$CLINIC_DB_MIGRATION_USER
db.password=$CLINIC_DB_MIGRATION_PASSWORD
db.embedded=$embedded
app.user=$user
app.password=$password
http.port=$((TEST_PORTBASE + 80))
admin.port=$((TEST_PORTBASE + 48))
https.port=$((TEST_PORTBASE + 81))
admin.password.file=$ADMIN_PASSWORDS
PROPS
    )
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
