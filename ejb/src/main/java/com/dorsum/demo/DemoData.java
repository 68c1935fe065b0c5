package com.dorsum.demo;

import com.dorsum.platform.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demo clinic once, when {@code clinic.demo-data=true} and the database has no accounts yet: a second
 * start never duplicates it. First the foundation ({@link DemoFoundation}), then, unless
 * {@code clinic.demo-data.clinic=false}, the clinic in full swing around today ({@link DemoClinic}), the same
 * for the same seed ({@code clinic.demo-data.seed}) and day. The accounts and what each finds are in the README.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Shared by every demo account; the README prints it. */
    public static final String PASSWORD = "Demo-2026!";

    @Inject
    SchemaMigration schema;

    @Inject
    DemoFoundation foundation;

    @Inject
    DemoClinic clinic;

    @Inject
    @ConfigProperty(name = "clinic.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "clinic.demo-data.clinic", defaultValue = "true")
    boolean living;

    @Inject
    @ConfigProperty(name = "clinic.demo-data.patients", defaultValue = "200")
    int patients;

    @Inject
    @ConfigProperty(name = "clinic.demo-data.seed", defaultValue = "2026")
    long seed;

    /** Each part commits on its own: the living clinic is many small transactions, as the clinic's day is. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!enabled || !schema.isReady()) {
            return;
        }
        if (foundation.present()) {
            LOG.info("demo data already present");
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(seed);
        foundation.load(random);
        if (living) {
            try {
                String summary = clinic.generate(random, Math.max(patients, DemoFoundation.PATIENTS));
                LOG.info(() -> "demo clinic generated in " + (System.nanoTime() - started) / 1_000_000 + " ms: "
                        + summary);
            } catch (RuntimeException e) {
                // The clinic still starts, on the foundation and what was generated before the failure.
                LOG.log(Level.WARNING, "demo clinic generation stopped", e);
            }
        } else {
            LOG.info("demo data loaded: the foundation only (clinic.demo-data.clinic=false)");
        }
    }
}
