package com.dorsum.devdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the application's database on a MySQL or MariaDB server if it is missing, or afresh for a test run.
 * Talks JDBC only, so no database client programs are needed on the machine.
 *
 * <p>Usage: {@code DatabaseSetup <serverUrl> <user> <password> <database> [--fresh]}, serverUrl without a database,
 * e.g. {@code jdbc:mysql://127.0.0.1:3306/}.
 */
public final class DatabaseSetup {

    private DatabaseSetup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: DatabaseSetup <serverUrl> <user> <password> <database> [--fresh]");
            System.exit(2);
        }
        String database = args[3];
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be letters, digits and underscores: " + database);
        }
        boolean fresh = args.length > 4 && "--fresh".equals(args[4]);
        try (Connection c = connectWithRetry(args[0], args[1], args[2]); Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        System.out.println("database " + database + (fresh ? " created afresh" : " ready"));
    }

    private static Connection connectWithRetry(String url, String user, String password) throws Exception {
        SQLException last = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw last;
    }
}
