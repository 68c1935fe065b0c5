# The clinic's database accounts, made by the MySQL image on its first start (an empty data volume): the image
# sources *.sh files in /docker-entrypoint-initdb.d/ and offers docker_process_sql. The application's account gets
# no right here: after each migration the migration account grants it SELECT, INSERT, UPDATE, DELETE table by table,
# and only SELECT, INSERT on the audit trail (platform.ApplicationGrants). README, Database, has the same statements.
: "${MYSQL_DATABASE:?}" "${CLINIC_DB_PASSWORD:?}" "${CLINIC_DB_MIGRATION_PASSWORD:?}"
sql_literal() { printf "'%s'" "$(printf '%s' "$1" | sed -e "s/\\\\/\\\\\\\\/g" -e "s/'/''/g")"; }
docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS 'clinic_app'@'%' IDENTIFIED BY $(sql_literal "$CLINIC_DB_PASSWORD");
CREATE USER IF NOT EXISTS 'clinic_migrate'@'%' IDENTIFIED BY $(sql_literal "$CLINIC_DB_MIGRATION_PASSWORD");
GRANT ALL PRIVILEGES ON \`${MYSQL_DATABASE}\`.* TO 'clinic_migrate'@'%' WITH GRANT OPTION;
SQL
