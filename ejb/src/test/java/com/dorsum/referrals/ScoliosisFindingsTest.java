package com.dorsum.referrals;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoliosisFindingsTest {

    @Test
    void screenWithoutFindingsIsNegativeAndSuggestsNothing() {
        ScoliosisFindings findings = new ScoliosisFindings();
        assertFalse(findings.isPositive());
        assertThrows(IllegalStateException.class, findings::suggestedReferral);
    }

    @Test
    void ribHumpOnForwardBendSuggestsARoutineOrthopedicReferralWithTheFindings() {
        ScoliosisFindings findings = new ScoliosisFindings();
        findings.setForwardBendRibHump(RibHump.RIGHT);
        findings.setNumbness(true);
        assertTrue(findings.isPositive());
        ReferralRequest suggestion = findings.suggestedReferral();
        assertEquals(Specialty.ORTHOPEDICS, suggestion.getSpecialty());
        assertEquals(Urgency.ROUTINE, suggestion.getUrgency());
        assertTrue(suggestion.getReason().contains("ribs higher on the right side"), suggestion.getReason());
        assertTrue(suggestion.getReason().contains("numbness"), suggestion.getReason());
    }

    @Test
    void anyNeurologicalFindingAloneMakesTheScreenPositive() {
        ScoliosisFindings weakness = new ScoliosisFindings();
        weakness.setMuscleWeakness(true);
        ScoliosisFindings reflexes = new ScoliosisFindings();
        reflexes.setAbnormalReflexes(true);
        assertTrue(weakness.isPositive());
        assertTrue(reflexes.isPositive());
    }
}
