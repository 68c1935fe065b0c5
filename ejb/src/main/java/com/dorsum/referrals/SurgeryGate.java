package com.dorsum.referrals;

import com.dorsum.platform.DomainException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R11, surgery is the last resort: a SURGERY referral is admitted only with a surgical indication selected by the
 * clinician (fracture from trauma or osteoporosis, tumour, herniated disc, deformity such as scoliosis) or when the
 * record shows a completed conservative course (R1/R2) without adequate relief. The basis is kept with the
 * referral and printed on its letter. Referrals to other specialties pass untouched.
 */
public final class SurgeryGate {

    /** Why a surgical referral was admitted. */
    public enum Basis {
        SURGICAL_INDICATION("Surgical indication"),
        CONSERVATIVE_THERAPY_FAILED("Completed conservative therapy without adequate relief");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private SurgeryGate() {
    }

    /**
     * The basis on which a referral is admitted: empty for a non-surgical referral; a surgical indication, when
     * one is selected, takes precedence over the course record. Refuses with {@code SURGERY_GATE} otherwise.
     */
    public static Optional<Basis> admit(Specialty specialty, SurgicalIndication indication,
                                        boolean completedCourseWithoutRelief) {
        if (specialty != Specialty.SURGERY) {
            return Optional.empty();
        }
        if (indication != null) {
            return Optional.of(Basis.SURGICAL_INDICATION);
        }
        if (completedCourseWithoutRelief) {
            return Optional.of(Basis.CONSERVATIVE_THERAPY_FAILED);
        }
        throw new DomainException(DomainException.Kind.RULE, "SURGERY_GATE",
                "Surgery is the last resort (R11): the record shows no completed conservative course without"
                        + " adequate relief, and no surgical indication was selected",
                Map.of("missing", List.of("completedConservativeCourseWithoutRelief", "surgicalIndication"),
                        "surgicalIndications", Arrays.stream(SurgicalIndication.values()).map(Enum::name).toList()));
    }
}
