package com.dorsum.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What scripts/test-env.sh started: the test database with the tests' own account (it may clean any table) and
 * the application's, and the Payara domain's ports.
 */
final class TestEnvironment {

    private static final Properties PROPERTIES = load();

    private TestEnvironment() {
    }

    static String baseUrl() {
        return "http://localhost:" + PROPERTIES.getProperty("http.port") + "/clinic/";
    }

    /** The same application over HTTPS (the domain's self-signed certificate). */
    static String httpsUrl() {
        return "https://localhost:" + PROPERTIES.getProperty("https.port") + "/clinic/";
    }

    /** The server's root, outside the application. */
    static String serverRoot() {
        return "http://localhost:" + PROPERTIES.getProperty("http.port") + "/";
    }

    static int adminPort() {
        return Integer.parseInt(PROPERTIES.getProperty("admin.port"));
    }

    /** The generated admin password, read from the password file the scripts keep (mode 0600). */
    static String adminPassword() {
        Properties passwords = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(PROPERTIES.getProperty("admin.password.file")))) {
            passwords.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords.getProperty("AS_ADMIN_PASSWORD");
    }

    static String dbUrl() {
        return PROPERTIES.getProperty("db.url");
    }

    static String dbUser() {
        return PROPERTIES.getProperty("db.user");
    }

    static String dbPassword() {
        return PROPERTIES.getProperty("db.password", "");
    }

    /** The account the application serves requests with (least rights), as opposed to the tests' own. */
    static String appUser() {
        return PROPERTIES.getProperty("app.user", dbUser());
    }

    static String appPassword() {
        return PROPERTIES.getProperty("app.password", dbPassword());
    }

    /** Whether the tests run on the embedded MariaDB their environment started (not on an external server). */
    static boolean embeddedDatabase() {
        return Boolean.parseBoolean(PROPERTIES.getProperty("db.embedded", "false"));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("clinic.test.env")))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the test environment was not started (scripts/test-env.sh)", e);
        }
        return properties;
    }
}
