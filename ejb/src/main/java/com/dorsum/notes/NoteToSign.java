package com.dorsum.notes;

import com.dorsum.scheduling.VisitKind;

import java.time.LocalDateTime;

/** A past visit of the clinician whose note is not signed yet (R24): no note at all, or a draft. */
public record NoteToSign(long appointmentId, long patientId, String patientName, String mrn, VisitKind kind,
                         LocalDateTime visitStart, boolean draft) {
}
