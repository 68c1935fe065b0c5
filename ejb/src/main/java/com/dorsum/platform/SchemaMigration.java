package com.dorsum.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database schema to the version this build expects (Flyway, migrations from the {@code sql} module)
 * when the application starts. Until that has succeeded the application answers 503 and health is DOWN: it never
 * serves a half-migrated schema.
 *
 * <p>Flyway runs on a data source of its own, {@code jdbc/clinic-migration}, with the migration account (DDL and
 * GRANT OPTION on the schema); afterwards that account gives the application's account, which serves every request
 * through {@code jdbc/clinic}, its rights table by table ({@link ApplicationGrants}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/clinic-migration")
    DataSource migrationSource;

    /** The account of {@code jdbc/clinic}: {@code user} or {@code user@host}. */
    @Inject
    @ConfigProperty(name = "clinic.database.application-account")
    String applicationAccount;

    private volatile boolean ready;
    private volatile String problem = "migration has not run";

    @PostConstruct
    void migrate() {
        try {
            var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(migrationSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            int grants = grantApplicationRights();
            LOG.info(() -> "schema at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied), rights on " + grants
                    + " tables granted to " + applicationAccount);
            ready = true;
            problem = null;
        } catch (RuntimeException | SQLException e) {
            problem = "schema migration failed: " + e.getMessage();
            LOG.log(Level.SEVERE, "schema migration failed; the application will not serve requests", e);
        }
    }

    private int grantApplicationRights() throws SQLException {
        try (Connection migration = migrationSource.getConnection()) {
            return ApplicationGrants.apply(migration, applicationAccount);
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
