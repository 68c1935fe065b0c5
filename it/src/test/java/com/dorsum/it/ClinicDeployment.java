package com.dorsum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/**
 * Deploys the real EAR, as built, to the test Payara through Arquillian; the tests drive it from outside (HTTP,
 * browser) and look into the database directly. The database is cleaned before each test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ClinicDeployment {

    @Deployment(testable = false)
    static EnterpriseArchive clinic() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("clinic.ear")));
    }

    @BeforeEach
    void cleanDatabase() throws Exception {
        TestDatabase.clean();
    }
}
