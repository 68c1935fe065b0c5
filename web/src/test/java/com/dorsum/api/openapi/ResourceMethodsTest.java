package com.dorsum.api.openapi;

import com.dorsum.api.openapi.ResourceMethods.ResourceMethod;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of the API carries its description: a new resource method without one fails here, before any
 * server runs (OpenApiIT checks the live document the same way).
 */
class ResourceMethodsTest {

    private static final List<ResourceMethod> METHODS = ResourceMethods.all();

    @Test
    void theApisResourceMethodsAreFoundWithTheirPlainTemplates() {
        assertTrue(METHODS.size() > 70, METHODS.size() + " resource methods");
        assertTrue(METHODS.stream().anyMatch(m -> m.key().equals("POST /api/v1/patients/{patientId}/injections")),
                METHODS.toString());
        assertTrue(METHODS.stream().anyMatch(m -> m.key().equals("GET /api/v1/feeds/{token}/appointments.ics")));
    }

    @Test
    void pathTemplatesLoseTheirRegularExpressionsEvenWithBracesInside() {
        assertEquals("/api/v1/patients/{patientId}/injections/{injectionId}/move",
                ResourceMethods.template("/api/v1//patients/{patientId: \\d+}/injections/{ injectionId : \\d+}/move/"));
        assertEquals("/api/v1/feeds/{token}/appointments.ics",
                ResourceMethods.template("/api/v1/feeds/{token: [A-Za-z0-9_-]{20,100}}/appointments.ics"));
    }

    @Test
    void everyEndpointHasASummaryAndItsOwnReadableOperationId() {
        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ResourceMethod m : METHODS) {
            Operation operation = m.method().getAnnotation(Operation.class);
            if (operation == null || operation.summary().isBlank() || operation.operationId().isBlank()) {
                missing.add(m.key() + " (" + m.resource().getSimpleName() + "." + m.method().getName() + ")");
            } else {
                assertTrue(operation.operationId().matches("[a-z][a-zA-Z0-9]+"), operation.operationId());
                assertTrue(ids.add(operation.operationId()), "operationId used twice: " + operation.operationId());
            }
        }
        assertEquals(List.of(), missing, "add @Operation(operationId = ..., summary = ...) to these endpoints");
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        List<String> undeclared = METHODS.stream()
                .filter(m -> !m.method().isAnnotationPresent(PermitAll.class)
                        && !m.method().isAnnotationPresent(RolesAllowed.class)
                        && !m.resource().isAnnotationPresent(RolesAllowed.class))
                .map(ResourceMethod::key).toList();
        assertEquals(List.of(), undeclared);
    }

    /** A method that answers a JSON Response must name the body's type, or its client gets no model. */
    @Test
    void everyEndpointAnsweringAResponseNamesTheBodyOfItsSuccess() {
        List<String> unnamed = new ArrayList<>();
        for (ResourceMethod m : METHODS) {
            if (m.method().getReturnType() != Response.class || m.produces().stream().noneMatch(t -> t.endsWith("json"))
                    || m.produces().stream().anyMatch(t -> !t.endsWith("json"))) {
                continue;
            }
            boolean named = Arrays.stream(m.method().getAnnotationsByType(APIResponse.class))
                    .filter(r -> r.responseCode().startsWith("2"))
                    .anyMatch(r -> r.responseCode().equals("204")
                            || Arrays.stream(r.content()).anyMatch(c -> c.schema().implementation() != Void.class));
            if (!named) {
                unnamed.add(m.key());
            }
        }
        assertEquals(List.of(), unnamed, "add @APIResponse(responseCode = \"201\", content = @Content(schema ="
                + " @Schema(implementation = ...)))");
    }
}
