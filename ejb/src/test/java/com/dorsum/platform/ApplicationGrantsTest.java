package com.dorsum.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApplicationGrantsTest {

    @Test
    void auditTrailIsAppendOnlyAndTheOtherTablesTakeEveryChange() {
        assertEquals(List.of(
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON `patient` TO 'clinic_app'@'%'",
                        "GRANT SELECT, INSERT ON `audit_record` TO 'clinic_app'@'%'"),
                ApplicationGrants.statements(List.of("patient", "audit_record"), "clinic_app"));
    }

    @Test
    void migrationHistoryIsNotTheApplicationsToTouch() {
        assertEquals(List.of(), ApplicationGrants.statements(List.of("flyway_schema_history"), "clinic_app"));
    }

    @Test
    void accountMayNameItsHost() {
        assertEquals(List.of("GRANT SELECT, INSERT, UPDATE, DELETE ON `room` TO 'clinic'@'10.0.%'"),
                ApplicationGrants.statements(List.of("room"), "clinic@10.0.%"));
    }

    @Test
    void missingAccountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ApplicationGrants.statements(List.of("room"), ""));
    }
}
