package com.dorsum.devdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the application's database on a MySQL 8 or MariaDB server if it is missing (or afresh for a test run),
 * and its two accounts, named after the database so that several databases on one server never share them:
 * <ul>
 *   <li>{@code <database>_migrate}: every privilege on the database, with GRANT OPTION. Flyway migrates with it
 *       and then hands the application account its rights table by table ({@code platform.ApplicationGrants}).</li>
 *   <li>{@code <database>_app}: the account serving requests. Nothing here: it may only use the tables the
 *       migration account grants it, SELECT/INSERT/UPDATE/DELETE, and on the audit trail SELECT/INSERT.</li>
 * </ul>
 * Their passwords are generated once and kept in {@code <secretsDir>/<account>.password} (mode 0600); each run
 * sets them again on the server, so files and server always agree. Talks JDBC only, so no database client
 * programs are needed. The administrator's password comes from {@code CLINIC_DB_ADMIN_PASSWORD} (empty if unset),
 * never from the command line where other users could see it.
 *
 * <p>Usage: {@code DatabaseSetup <serverUrl> <adminUser> <database> <secretsDir> [--fresh]}, serverUrl without a
 * database, e.g. {@code jdbc:mysql://127.0.0.1:3306/}. Prints the accounts as shell assignments
 * ({@code CLINIC_DB_USER}, {@code CLINIC_DB_PASSWORD}, {@code CLINIC_DB_MIGRATION_USER},
 * {@code CLINIC_DB_MIGRATION_PASSWORD}) for the scripts to {@code eval}.
 */
public final class DatabaseSetup {

    /** MySQL 8 allows user names of up to 32 characters. */
    private static final int MAX_PREFIX = 24;

    private DatabaseSetup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: DatabaseSetup <serverUrl> <adminUser> <database> <secretsDir> [--fresh]");
            System.exit(2);
        }
        String database = args[2];
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be letters, digits and underscores: " + database);
        }
        Path secrets = Path.of(args[3]);
        boolean fresh = args.length > 4 && "--fresh".equals(args[4]);
        String app = accountPrefix(database) + "_app";
        String migration = accountPrefix(database) + "_migrate";
        String adminPassword = System.getenv().getOrDefault("CLINIC_DB_ADMIN_PASSWORD", "");
        String appPassword = Secrets.readOrCreate(secrets.resolve(app + ".password"));
        String migrationPassword = Secrets.readOrCreate(secrets.resolve(migration + ".password"));

        try (Connection c = connectWithRetry(args[0], args[1], adminPassword); Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
                // Dropping a database keeps the grants on its tables: start the accounts afresh too.
                s.execute("DROP USER IF EXISTS " + account(app) + ", " + account(migration));
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String[] user : new String[][] {{app, appPassword}, {migration, migrationPassword}}) {
                s.execute("CREATE USER IF NOT EXISTS " + account(user[0]) + " IDENTIFIED BY " + literal(user[1]));
                s.execute("ALTER USER " + account(user[0]) + " IDENTIFIED BY " + literal(user[1]));
            }
            s.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account(migration) + " WITH GRANT OPTION");
        }
        System.err.println("database " + database + (fresh ? " created afresh" : " ready") + "; accounts " + app
                + " (application) and " + migration + " (migrations), passwords in " + secrets.toAbsolutePath());
        System.out.println("CLINIC_DB_USER=" + shell(app));
        System.out.println("CLINIC_DB_PASSWORD=" + shell(appPassword));
        System.out.println("CLINIC_DB_MIGRATION_USER=" + shell(migration));
        System.out.println("CLINIC_DB_MIGRATION_PASSWORD=" + shell(migrationPassword));
    }

    /** The database name, or for a long one its start and a hash, so that the account names stay unique and short. */
    static String accountPrefix(String database) {
        if (database.length() <= MAX_PREFIX) {
            return database;
        }
        return database.substring(0, MAX_PREFIX - 7) + "_" + String.format("%06x", database.hashCode() & 0xffffff);
    }

    /** Any host: the server decides who may reach it (the embedded one listens on 127.0.0.1 only). */
    private static String account(String user) {
        return literal(user) + "@'%'";
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String shell(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private static Connection connectWithRetry(String url, String user, String password) throws Exception {
        SQLException last = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                if (e.getErrorCode() == 1045) {
                    throw e; // access denied: waiting will not help
                }
                last = e;
                Thread.sleep(500);
            }
        }
        throw last;
    }
}
