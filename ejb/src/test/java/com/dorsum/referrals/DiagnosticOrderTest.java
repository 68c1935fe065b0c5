package com.dorsum.referrals;

import com.dorsum.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticOrderTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final byte[] PDF = "%PDF-1.4 result".getBytes();

    static DiagnosticOrder order(OrderKind kind, BodyRegion region, boolean contrast) {
        return new DiagnosticOrder(TestPatients.anna(), new OrderRequest(kind, "rule out RA", region, contrast),
                "clinician", T0);
    }

    @Test
    void orderGoesFromOrderedToReviewedWithEveryStepKept() {
        DiagnosticOrder mri = order(OrderKind.MRI, BodyRegion.THORACIC_SPINE, true);
        mri.schedule("frontdesk", T0.plusSeconds(60), "2026-03-10 radiology");
        mri.markPerformed("frontdesk", T0.plusSeconds(120), null);
        mri.receiveResult("No disc herniation", false, null, "frontdesk", T0.plusSeconds(180));
        mri.review("clinician", T0.plusSeconds(240), "discussed with patient");

        assertEquals(OrderStatus.REVIEWED, mri.getStatus());
        assertEquals(List.of("ORDERED", "SCHEDULED", "PERFORMED", "RESULT_RECEIVED", "REVIEWED"),
                mri.getSteps().stream().map(StatusStep::getStatus).toList());
        assertEquals("clinician", mri.getReviewedBy());
        assertEquals(T0.plusSeconds(180), mri.getResultReceivedAt());
    }

    @Test
    void resultCannotBeReviewedBeforeItIsReceived() {
        DiagnosticOrder blood = order(OrderKind.BLOOD_RA, null, false);
        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> blood.review("clinician", T0, null));
        assertEquals("ILLEGAL_TRANSITION", refused.code());
        assertEquals("ORDERED", refused.facts().get("from"));
        assertEquals("REVIEWED", refused.facts().get("to"));
        assertEquals(OrderStatus.ORDERED, blood.getStatus());
    }

    @Test
    void resultForAnOrderNotYetMarkedPerformedRecordsThePerformedStepToo() {
        DiagnosticOrder blood = order(OrderKind.BLOOD_RA, null, false);
        blood.receiveResult("Rheumatoid factor raised", true,
                new ResultAttachment("lab.pdf", ResultFileCheck.FileType.PDF, PDF), "frontdesk", T0);
        assertEquals(List.of("ORDERED", "PERFORMED", "RESULT_RECEIVED"),
                blood.getSteps().stream().map(StatusStep::getStatus).toList());
        assertTrue(blood.isAbnormal());
        assertEquals(1, blood.getFiles().size());
        assertEquals("lab.pdf", blood.getFiles().get(0).getFilename());
        assertEquals("application/pdf", blood.getFiles().get(0).getContentType());
    }

    @Test
    void resultNeedsReportTextOrAFileAndArrivesOnlyOnce() {
        DiagnosticOrder xray = order(OrderKind.XRAY, BodyRegion.THORACIC_SPINE, false);
        assertThrows(InvalidInput.class, () -> xray.receiveResult(" ", false, null, "u", T0));
        assertEquals(OrderStatus.ORDERED, xray.getStatus());
        xray.receiveResult("normal", false, null, "u", T0);
        assertThrows(IllegalTransition.class, () -> xray.receiveResult("again", false, null, "u", T0));
    }

    @Test
    void cancelledOrderTakesNoResultAndPerformedOrderCannotBeCancelled() {
        DiagnosticOrder cancelled = order(OrderKind.CT, BodyRegion.LUMBAR_SPINE, false);
        cancelled.cancel("clinician", T0, "MRI instead");
        assertThrows(IllegalTransition.class, () -> cancelled.receiveResult("x", false, null, "u", T0));
        DiagnosticOrder performed = order(OrderKind.ULTRASOUND, BodyRegion.SHOULDER, false);
        performed.markPerformed("u", T0, null);
        assertThrows(IllegalTransition.class, () -> performed.cancel("u", T0, null));
    }

    @Test
    void imagingNeedsABodyRegionAndBloodTestsHaveNone() {
        assertEquals("bodyRegion", assertThrows(InvalidInput.class,
                () -> order(OrderKind.XRAY, null, false)).violations().get(0).field());
        assertEquals("bodyRegion", assertThrows(InvalidInput.class,
                () -> order(OrderKind.BLOOD_INFECTION, BodyRegion.LUMBAR_SPINE, false)).violations().get(0).field());
    }

    @Test
    void contrastOnlyForMriAndCt() {
        assertEquals("contrast", assertThrows(InvalidInput.class,
                () -> order(OrderKind.XRAY, BodyRegion.CHEST, true)).violations().get(0).field());
        assertTrue(order(OrderKind.CT, BodyRegion.CHEST, true).isContrast());
        assertTrue(order(OrderKind.MRI, BodyRegion.WHOLE_SPINE, true).summary().contains("with contrast"));
    }
}
