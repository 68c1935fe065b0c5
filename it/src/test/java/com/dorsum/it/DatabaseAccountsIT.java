package com.dorsum.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database accounts (SECURITY.md, issue 10 finding 2): the account serving requests has the least rights it
 * needs, the audit trail is append-only for it, and the database asks everyone for a password.
 */
class DatabaseAccountsIT extends ClinicDeployment {

    /** MySQL and MariaDB: "command denied to user" (no privilege on the table). */
    private static final int TABLE_ACCESS_DENIED = 1142;
    private static final int ACCESS_DENIED = 1045;

    @Test
    void applicationAccountAppendsToTheAuditTrailButCannotChangeOrRemoveARecord() throws Exception {
        try (Connection app = application(); Statement s = app.createStatement()) {
            assertEquals(1, s.executeUpdate("insert into audit_record (occurred_at, username, action, outcome)"
                    + " values (utc_timestamp(6), 'db-test', 'PATIENT_VIEWED', 'SUCCESS')"));
            long id;
            try (ResultSet rows = s.executeQuery("select max(id) from audit_record where username = 'db-test'")) {
                rows.next();
                id = rows.getLong(1);
            }
            assertDenied(s, "update audit_record set username = 'someone-else' where id = " + id);
            assertDenied(s, "delete from audit_record where id = " + id);
        }
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where username = 'db-test'"));
    }

    @Test
    void applicationAccountChangesTheClinicsRecordsButNotTheSchema() throws Exception {
        try (Connection app = application(); Statement s = app.createStatement()) {
            assertEquals(0, s.executeUpdate("update patient set given_name = given_name where id = -1"));
            assertEquals(0, s.executeUpdate("delete from patient where id = -1"));
            assertDenied(s, "alter table patient add column leaked int");
            assertDenied(s, "drop table audit_record");
            assertDenied(s, "create table leaked (id int)");
            assertDenied(s, "delete from flyway_schema_history");
        }
    }

    @Test
    void applicationAccountIsRefusedWithoutItsPassword() {
        assertRefused(TestEnvironment.appUser(), "");
        assertRefused(TestEnvironment.appUser(), "wrong-password");
    }

    @Test
    void embeddedDatabaseAsksEveryoneForAPassword() {
        assumeTrue(TestEnvironment.embeddedDatabase(), "runs on an external server");
        assertRefused("root", "");
        assertRefused("", "");
    }

    @Test
    void embeddedDatabaseListensOnTheLoopbackOnly() throws Exception {
        assumeTrue(TestEnvironment.embeddedDatabase(), "runs on an external server");
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select @@bind_address")) {
            rows.next();
            assertEquals("127.0.0.1", rows.getString(1));
        }
        int port = URI.create(TestEnvironment.dbUrl().substring("jdbc:".length())).getPort();
        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress(address, port), 2000),
                        "the database answers on " + address);
            }
        }
    }

    private static Connection application() throws SQLException {
        assertNotEquals(TestEnvironment.dbUser(), TestEnvironment.appUser(),
                "the application uses the tests' privileged account");
        return DriverManager.getConnection(TestEnvironment.dbUrl(), TestEnvironment.appUser(),
                TestEnvironment.appPassword());
    }

    private static void assertDenied(Statement s, String sql) {
        SQLException denied = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
        assertEquals(TABLE_ACCESS_DENIED, denied.getErrorCode(), sql + ": " + denied.getMessage());
    }

    private static void assertRefused(String user, String password) {
        SQLException refused = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(TestEnvironment.dbUrl(), user, password).close(),
                "'" + user + "' connects with the password '" + password + "'");
        assertEquals(ACCESS_DENIED, refused.getErrorCode(), refused.getMessage());
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
    }
}
