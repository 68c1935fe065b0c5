package com.dorsum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deploys the real EAR, as built, to the test Payara through Arquillian; the tests drive it from outside (HTTP,
 * browser) and look into the database directly. The database is cleaned before each test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ClinicDeployment {

    private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();

    /**
     * The EAR under a file name of its own for each test class: the server keeps an upload under its file name, and
     * a later class's upload under the same name was cut short while the one before was still being cleaned up.
     */
    @Deployment(testable = false)
    static EnterpriseArchive clinic() {
        return ShrinkWrap.create(EnterpriseArchive.class, "clinic-" + DEPLOYMENTS.incrementAndGet() + ".ear")
                .merge(ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                        new File(System.getProperty("clinic.ear"))));
    }

    @BeforeEach
    void cleanDatabase() throws Exception {
        TestDatabase.clean();
    }
}
