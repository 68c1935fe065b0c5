package com.dorsum.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements the server ran, two independent ways: Hibernate's session metrics, which the server
 * logs per session when started with {@code -Dhibernate.generate_statistics=true} ("... executing N JDBC
 * statements"), and the database's global statement counters (select, insert, update, delete).
 */
final class StatementCounts {

    private static final Pattern EXECUTED = Pattern.compile("spent executing (\\d+) JDBC statements");
    private static final String DB_COUNTERS = "select sum(variable_value) from information_schema.global_status"
            + " where variable_name in ('COM_SELECT', 'COM_INSERT', 'COM_UPDATE', 'COM_DELETE', 'COM_INSERT_SELECT')";

    private final Connection db;
    private final Path serverLog;

    record Snapshot(long logOffset, long dbStatements) {
    }

    /** Statements per request; "n/a" where a source did not report. */
    record PerRequest(String hibernate, String database) {
    }

    StatementCounts(Connection db, Path serverLog) {
        this.db = db;
        this.serverLog = serverLog;
    }

    Snapshot snapshot() throws IOException, SQLException {
        return new Snapshot(Files.exists(serverLog) ? Files.size(serverLog) : 0, dbStatements());
    }

    /**
     * Per request since the snapshot. The database figure subtracts this counter's own query; the server log is
     * read after a short pause, as the server writes it asynchronously.
     */
    PerRequest since(Snapshot before, int requests) throws IOException, SQLException, InterruptedException {
        long db = dbStatements() - before.dbStatements() - 1;
        Thread.sleep(1_500);
        long hibernate = hibernateStatements(before.logOffset());
        return new PerRequest(hibernate < 0 ? "n/a" : String.format("%.1f", hibernate / (double) requests),
                String.format("%.1f", db / (double) requests));
    }

    private long dbStatements() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(DB_COUNTERS)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long hibernateStatements(long offset) throws IOException {
        if (!Files.exists(serverLog)) {
            return -1;
        }
        try (RandomAccessFile log = new RandomAccessFile(serverLog.toFile(), "r")) {
            if (log.length() < offset) {
                return -1;
            }
            byte[] bytes = new byte[(int) (log.length() - offset)];
            log.seek(offset);
            log.readFully(bytes);
            Matcher m = EXECUTED.matcher(new String(bytes, StandardCharsets.UTF_8));
            long total = 0;
            boolean found = false;
            while (m.find()) {
                total += Long.parseLong(m.group(1));
                found = true;
            }
            return found ? total : -1;
        }
    }
}
