package com.dorsum.api.outcomes;

import com.dorsum.outcomes.Questionnaires;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.StringReader;

/** The instruments as their FHIR R4 Questionnaire resources (the shipped ones or the clinic's own wording). */
@Path("questionnaires")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    @Inject
    Questionnaires questionnaires;

    @GET
    @RolesAllowed({Role.CLINICIAN_NAME, Role.PATIENT_NAME, Role.FRONT_DESK_NAME, Role.ADMIN_NAME})
    public JsonObject all() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        questionnaires.all().forEach(form -> items.add(Json.createReader(new StringReader(form.resource()))
                .readObject()));
        return Json.createObjectBuilder().add("items", items).add("total", questionnaires.all().size()).build();
    }
}
