package com.dorsum.api;

import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A domain refusal as problem details: bad input 400, missing 404, not allowed 403, clash 409, rule 422. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        Map<String, Object> facts = new HashMap<>(e.facts());
        if (e instanceof InvalidInput invalid) {
            facts.put("violations", invalid.violations().stream()
                    .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        }
        return switch (e.kind()) {
            case INVALID -> Problem.response(400, "Invalid input", e.code(), e.getMessage(), facts);
            case NOT_FOUND -> Problem.response(404, "Not found", e.code(), e.getMessage(), facts);
            case FORBIDDEN -> Problem.response(403, "Forbidden", e.code(), e.getMessage(), facts);
            case CONFLICT -> Problem.response(409, "Conflict", e.code(), e.getMessage(), facts);
            case RULE -> Problem.response(422, "Refused by a clinical rule", e.code(), e.getMessage(), facts);
        };
    }

    static List<Map<String, String>> violation(String field, String message) {
        return List.of(Map.of("field", field, "message", message));
    }
}
