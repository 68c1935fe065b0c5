package com.dorsum.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rights of the account that serves requests (SECURITY.md): SELECT, INSERT, UPDATE and DELETE on the clinic's
 * tables, only SELECT and INSERT on the audit trail and its chain (append-only, R22), nothing on Flyway's history,
 * and no DDL.
 * The migration account grants them after every migration, table by table: MySQL and MariaDB cannot take one
 * table's rights back from a grant on the whole schema, and a grant per table also covers the tables a new
 * migration adds before the application serves a request.
 */
final class ApplicationGrants {

    static final Set<String> APPEND_ONLY = Set.of("audit_record", "audit_seal");
    static final String MIGRATION_HISTORY = "flyway_schema_history";

    private ApplicationGrants() {
    }

    /** Grants the application account its rights on every table of the connection's database; returns the count. */
    static int apply(Connection migration, String applicationAccount) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = migration.createStatement();
                ResultSet rows = s.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = database() and table_type in ('BASE TABLE', 'VIEW')")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        List<String> grants = statements(tables, applicationAccount);
        try (Statement s = migration.createStatement()) {
            for (String grant : grants) {
                s.execute(grant);
            }
        }
        return grants.size();
    }

    /** The GRANT statements for the tables, to an account written {@code user} or {@code user@host} (host '%'). */
    static List<String> statements(List<String> tables, String applicationAccount) {
        String account = quotedAccount(applicationAccount);
        List<String> grants = new ArrayList<>();
        for (String table : tables) {
            if (table.equalsIgnoreCase(MIGRATION_HISTORY)) {
                continue;
            }
            String rights = APPEND_ONLY.contains(table.toLowerCase())
                    ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
            grants.add("GRANT " + rights + " ON `" + table.replace("`", "``") + "` TO " + account);
        }
        return grants;
    }

    private static String quotedAccount(String account) {
        int at = account.lastIndexOf('@');
        String user = at < 0 ? account : account.substring(0, at);
        String host = at < 0 ? "%" : account.substring(at + 1);
        if (user.isBlank()) {
            throw new IllegalArgumentException("no application database account configured");
        }
        return literal(user) + "@" + literal(host);
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
