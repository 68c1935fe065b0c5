package com.dorsum.api.notes;

import com.dorsum.notes.NoteInput;
import com.dorsum.notes.VisitNotes;
import com.dorsum.platform.InvalidInput;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A visit's note (R24): clinicians caring for the patient read it; the treating clinician saves the draft, signs
 * it, and adds addenda once signed (409 {@code NOTE_SIGNED} on changing a signed note).
 */
@Path("appointments/{appointmentId: \\d+}/note")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CLINICIAN_NAME)
public class NoteResource {

    /** The draft: SOAP and the template's fields (an option list as an array or comma-separated text). */
    public record Draft(String subjective, String objective, String assessment, String plan,
                        Map<String, Object> fields) {

        NoteInput input() {
            Map<String, String> values = new LinkedHashMap<>();
            if (fields != null) {
                fields.forEach((name, value) -> values.put(name, text(name, value)));
            }
            return new NoteInput(subjective, objective, assessment, plan, values);
        }

        private static String text(String name, Object value) {
            if (value == null || value instanceof String) {
                return (String) value;
            }
            if (value instanceof Collection<?> many && many.stream().allMatch(String.class::isInstance)) {
                return many.stream().map(String.class::cast).collect(Collectors.joining(","));
            }
            if (value instanceof BigDecimal number) {
                return number.toPlainString();
            }
            if (value instanceof Number number) {
                return number.toString();
            }
            throw new InvalidInput("fields." + name, "Give a text, a number or a list of options");
        }
    }

    public record NewAddendum(String reason, String text) {
    }

    @Inject
    VisitNotes notes;

    @Inject
    Clock clock;

    @GET
    public NoteDto read(@PathParam("appointmentId") long appointmentId) {
        return NoteDto.of(notes.note(appointmentId), clock.getZone());
    }

    @PUT
    public NoteDto save(@PathParam("appointmentId") long appointmentId, Draft body) {
        if (body == null) {
            throw new InvalidInput("note", "is required");
        }
        return NoteDto.of(notes.save(appointmentId, body.input()), clock.getZone());
    }

    @POST
    @Path("sign")
    public NoteDto sign(@PathParam("appointmentId") long appointmentId) {
        return NoteDto.of(notes.sign(appointmentId), clock.getZone());
    }

    @POST
    @Path("addenda")
    public NoteDto amend(@PathParam("appointmentId") long appointmentId, NewAddendum body) {
        if (body == null) {
            throw new InvalidInput("addendum", "is required");
        }
        return NoteDto.of(notes.amend(appointmentId, body.reason(), body.text()), clock.getZone());
    }
}
