package com.dorsum.plans;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NsaidRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static MedicationItem item(Medicine medicine, int firstDay, int days, String reason) {
        return new MedicationItem(medicine, "200-400 mg every 4-6 hours", MONDAY.plusDays(firstDay),
                MONDAY.plusDays(firstDay + days - 1L), reason);
    }

    @Test
    void nsaidForFourteenDaysNeedsNoReason() {
        assertTrue(NsaidRules.refusals(List.of(item(Medicine.IBUPROFEN, 0, 14, null))).isEmpty());
    }

    @Test
    void nsaidForFifteenDaysWithoutReasonIsRefusedOnTheReasonField() {
        List<Violation> refused = NsaidRules.refusals(List.of(
                item(Medicine.ACETAMINOPHEN, 0, 30, null), item(Medicine.NAPROXEN, 0, 15, "  ")));
        assertEquals(1, refused.size());
        assertEquals("medications[1].reason", refused.get(0).field());
        assertTrue(refused.get(0).message().contains("15 days"), refused.get(0).message());
    }

    @Test
    void nsaidOverFourteenDaysWithAWrittenReasonIsAccepted() {
        assertTrue(NsaidRules.refusals(List.of(
                item(Medicine.ASPIRIN, 0, 28, "Rheumatologist's advice; stomach protection prescribed"))).isEmpty());
    }

    @Test
    void longAcetaminophenOrMuscleRelaxantIsNotAnNsaidMatter() {
        assertTrue(NsaidRules.refusals(List.of(item(Medicine.ACETAMINOPHEN, 0, 40, null),
                item(Medicine.CYCLOBENZAPRINE, 0, 20, null))).isEmpty());
    }

    @Test
    void nsaidOverlappingAcetaminophenIsFlaggedForTheSharedDays() {
        List<CombinationWarning> warnings = NsaidRules.warnings(List.of(
                item(Medicine.IBUPROFEN, 0, 10, null), item(Medicine.ACETAMINOPHEN, 7, 10, null)));
        assertEquals(List.of(new CombinationWarning(Medicine.IBUPROFEN, Medicine.ACETAMINOPHEN,
                MONDAY.plusDays(7), MONDAY.plusDays(9))), warnings);
        assertTrue(warnings.get(0).forPatient().startsWith("Warning: do not take Acetaminophen"));
    }

    @Test
    void nsaidOverlappingAMuscleRelaxantOnItsLastDayIsFlagged() {
        assertEquals(1, NsaidRules.warnings(List.of(
                item(Medicine.NAPROXEN, 0, 5, null), item(Medicine.CYCLOBENZAPRINE, 4, 3, null))).size());
    }

    @Test
    void acetaminophenAfterTheNsaidEndsIsNotFlagged() {
        assertTrue(NsaidRules.warnings(List.of(
                item(Medicine.IBUPROFEN, 0, 5, null), item(Medicine.ACETAMINOPHEN, 5, 5, null))).isEmpty());
    }

    @Test
    void twoNsaidsOrAcetaminophenWithAMuscleRelaxantAreNotThisRule() {
        assertTrue(NsaidRules.warnings(List.of(item(Medicine.IBUPROFEN, 0, 5, null),
                item(Medicine.NAPROXEN, 0, 5, null))).isEmpty());
        assertTrue(NsaidRules.warnings(List.of(item(Medicine.ACETAMINOPHEN, 0, 5, null),
                item(Medicine.METHOCARBAMOL, 0, 5, null))).isEmpty());
    }

    @Test
    void combinationIsPublishedWithItsWarningWhileALongNsaidWithoutReasonIsNot() {
        PlanDraft draft = new PlanDraft();
        draft.setProblem("Upper back strain");
        draft.setMedications(List.of(item(Medicine.IBUPROFEN, 0, 7, null), item(Medicine.CYCLOBENZAPRINE, 2, 3, null)));
        TreatmentPlan plan = TreatmentPlan.publish(1, 1, draft, "clinician", Instant.EPOCH);
        assertEquals(1, plan.warnings().size());

        draft.setMedications(List.of(item(Medicine.IBUPROFEN, 0, 21, null)));
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> TreatmentPlan.publish(1, 2, draft, "clinician", Instant.EPOCH));
        assertEquals("medications[0].reason", refused.violations().get(0).field());
    }
}
