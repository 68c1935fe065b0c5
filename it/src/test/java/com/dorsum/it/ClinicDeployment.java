package com.dorsum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/**
 * Deploys the real EAR, as built, to the test Payara through Arquillian; the tests drive it from outside (HTTP,
 * browser) and look into the database directly. They build on the demo data's foundation only (accounts, the nine
 * providers, rooms, fifty patients with no history): the archive carries {@code clinic.demo-data.clinic=false},
 * so the living clinic is not generated under them ({@code DemoClinicIT} checks that). The database is cleaned
 * before each test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ClinicDeployment {

    @Deployment(testable = false)
    static EnterpriseArchive clinic() {
        return ear().addAsLibrary(ShrinkWrap.create(JavaArchive.class, "demo-foundation-only.jar")
                .addAsManifestResource(new StringAsset("clinic.demo-data.clinic=false\n"),
                        "microprofile-config.properties"));
    }

    /** The EAR exactly as built. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("clinic.ear")));
    }

    @BeforeEach
    void cleanDatabase() throws Exception {
        TestDatabase.clean();
    }
}
