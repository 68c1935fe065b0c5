package com.dorsum.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Direct JDBC access to the test database: the tests check what was (not) stored, and clean up between tests by
 * deleting every row added after the demo data (rows above the ids seen when the first test started).
 */
final class TestDatabase {

    private static Map<String, Long> baseline;

    private TestDatabase() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.dbUrl(), TestEnvironment.dbUser(),
                TestEnvironment.dbPassword());
    }

    /** (table, column, referenced table) of every foreign key in a table that has no id column. */
    private static java.util.List<String[]> childrenWithoutId(Statement s) throws SQLException {
        java.util.List<String[]> children = new java.util.ArrayList<>();
        try (ResultSet keys = s.executeQuery("select k.table_name, k.column_name, k.referenced_table_name"
                + " from information_schema.key_column_usage k where k.table_schema = database()"
                + " and k.referenced_table_name is not null and not exists (select 1 from information_schema.columns c"
                + " where c.table_schema = k.table_schema and c.table_name = k.table_name and c.column_name = 'id')")) {
            while (keys.next()) {
                children.add(new String[] {keys.getString(1), keys.getString(2), keys.getString(3)});
            }
        }
        return children;
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Pairs of active appointments that share a provider, patient or room at overlapping times (R5: none). */
    static long overlappingBookings() throws SQLException {
        return count("select count(*) from appointment a join appointment b on a.id < b.id"
                + " and a.status in ('BOOKED', 'CHECKED_IN') and b.status in ('BOOKED', 'CHECKED_IN')"
                + " and (a.provider_id = b.provider_id or a.patient_id = b.patient_id or a.room_id = b.room_id)"
                + " and a.starts_at < b.ends_at and b.starts_at < a.ends_at");
    }

    /** Changes rows directly, e.g. to age a record past a deadline. */
    static int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** What the migrations put in: kept when the database is emptied. */
    private static final java.util.Set<String> MIGRATED = java.util.Set.of("flyway_schema_history", "visit_type",
            "clinic_hours", "mrn_sequence");

    /**
     * Empties the database back to its migrated state (the next deployment then loads the demo data afresh);
     * the medical record numbers start again. A database not migrated yet stays as it is.
     */
    static void empty() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (ResultSet all = s.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = database() and table_type = 'BASE TABLE'")) {
                while (all.next()) {
                    tables.add(all.getString(1));
                }
            }
            s.execute("set foreign_key_checks = 0");
            for (String table : tables) {
                if (!MIGRATED.contains(table)) {
                    s.executeUpdate("delete from `" + table + "`");
                }
            }
            if (tables.contains("mrn_sequence")) {
                s.executeUpdate("update mrn_sequence set last_value = 0");
            }
            s.execute("set foreign_key_checks = 1");
        }
        baseline = null;
    }

    /** Removes what earlier tests added; the first call records the demo data as the baseline. */
    static synchronized void clean() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (baseline == null) {
                baseline = new LinkedHashMap<>();
                try (ResultSet tables = s.executeQuery("select table_name from information_schema.columns"
                        + " where table_schema = database() and column_name = 'id'"
                        + " and table_name <> 'flyway_schema_history'")) {
                    while (tables.next()) {
                        baseline.put(tables.getString(1), null);
                    }
                }
                for (String table : baseline.keySet()) {
                    try (ResultSet max = s.executeQuery("select coalesce(max(id), 0) from `" + table + "`")) {
                        max.next();
                        baseline.put(table, max.getLong(1));
                    }
                }
                return;
            }
            s.execute("set foreign_key_checks = 0");
            for (Map.Entry<String, Long> table : baseline.entrySet()) {
                s.executeUpdate("delete from `" + table.getKey() + "` where id > " + table.getValue());
            }
            // Rows of tables without an id of their own go with the row they belong to.
            for (String[] child : childrenWithoutId(s)) {
                Long max = baseline.get(child[2]);
                if (max != null) {
                    s.executeUpdate("delete from `" + child[0] + "` where `" + child[1] + "` > " + max);
                }
            }
            s.execute("set foreign_key_checks = 1");
        }
    }
}
