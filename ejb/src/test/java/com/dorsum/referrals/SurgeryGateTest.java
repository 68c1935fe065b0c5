package com.dorsum.referrals;

import com.dorsum.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurgeryGateTest {

    @Test
    void nonSurgicalReferralPassesWithoutABasis() {
        for (Specialty specialty : Specialty.values()) {
            if (specialty != Specialty.SURGERY) {
                assertEquals(Optional.empty(), SurgeryGate.admit(specialty, null, false), specialty.name());
            }
        }
    }

    @Test
    void surgicalReferralWithASurgicalIndicationIsAdmittedOnIt() {
        for (SurgicalIndication indication : SurgicalIndication.values()) {
            assertEquals(Optional.of(SurgeryGate.Basis.SURGICAL_INDICATION),
                    SurgeryGate.admit(Specialty.SURGERY, indication, false), indication.name());
        }
    }

    @Test
    void surgicalReferralAfterACompletedConservativeCourseWithoutReliefIsAdmitted() {
        assertEquals(Optional.of(SurgeryGate.Basis.CONSERVATIVE_THERAPY_FAILED),
                SurgeryGate.admit(Specialty.SURGERY, null, true));
    }

    @Test
    void selectedIndicationTakesPrecedenceOverTheCourseRecord() {
        assertEquals(Optional.of(SurgeryGate.Basis.SURGICAL_INDICATION),
                SurgeryGate.admit(Specialty.SURGERY, SurgicalIndication.TUMOUR, true));
    }

    @Test
    void surgicalReferralWithNeitherIsRefusedSayingWhatIsMissing() {
        DomainException refused = assertThrows(DomainException.class,
                () -> SurgeryGate.admit(Specialty.SURGERY, null, false));
        assertEquals("SURGERY_GATE", refused.code());
        assertEquals(DomainException.Kind.RULE, refused.kind());
        assertEquals(List.of("completedConservativeCourseWithoutRelief", "surgicalIndication"),
                refused.facts().get("missing"));
        assertTrue(((List<?>) refused.facts().get("surgicalIndications")).contains("HERNIATED_DISC"));
        assertTrue(refused.getMessage().contains("R11"));
    }
}
