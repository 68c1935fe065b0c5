package com.dorsum.api.notes;

import com.dorsum.notes.NoteToSign;
import com.dorsum.notes.VisitNotes;
import com.dorsum.platform.PageOf;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The signed-in clinician's visits whose notes are still unsigned a day (configurable) after the visit. */
@Path("worklists/notes-to-sign")
@Produces(MediaType.APPLICATION_JSON)
public class NotesToSignResource {

    @Inject
    VisitNotes notes;

    @GET
    @RolesAllowed(Role.CLINICIAN_NAME)
    public PageOf<NoteToSign> mine(@QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        return notes.notesToSign(page, size);
    }
}
