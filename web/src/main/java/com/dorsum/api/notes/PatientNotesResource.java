package com.dorsum.api.notes;

import com.dorsum.notes.VisitNotes;
import com.dorsum.platform.PageOf;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.util.List;

/** Every note of a patient, newest visit first, for clinicians caring for the patient. */
@Path("patients/{patientId: \\d+}/notes")
@Produces(MediaType.APPLICATION_JSON)
public class PatientNotesResource {

    @Inject
    VisitNotes notes;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Role.CLINICIAN_NAME)
    public PageOf<NoteDto> all(@PathParam("patientId") long patientId) {
        List<NoteDto> items = notes.notesOf(patientId).stream().map(n -> NoteDto.of(n, clock.getZone())).toList();
        return new PageOf<>(items, items.size());
    }
}
