package com.dorsum.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database schema to the version this build expects (Flyway, migrations from the {@code sql} module)
 * when the application starts. Until that has succeeded the application answers 503 and health is DOWN: it never
 * serves a half-migrated schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/clinic")
    DataSource dataSource;

    private volatile boolean ready;
    private volatile String problem = "migration has not run";

    @PostConstruct
    void migrate() {
        try {
            var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "schema at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied)");
            ready = true;
            problem = null;
        } catch (RuntimeException e) {
            problem = "schema migration failed: " + e.getMessage();
            LOG.log(Level.SEVERE, "schema migration failed; the application will not serve requests", e);
        }
    }

    public boolean isReady() {
        return ready;
    }

    /** Why the schema is not ready, or null when it is. */
    public String problem() {
        return problem;
    }
}
