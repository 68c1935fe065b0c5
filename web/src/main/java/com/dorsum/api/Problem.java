package com.dorsum.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details with the API's machine-readable {@code code} and any facts the client needs. */
public final class Problem {

    public static final MediaType TYPE = new MediaType("application", "problem+json");

    private Problem() {
    }

    public static Response response(int status, String title, String code, String detail, Map<String, ?> facts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("status", status);
        body.put("title", title);
        body.put("code", code);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.putAll(facts);
        return Response.status(status).type(TYPE).entity(body).build();
    }

    public static Response response(int status, String title, String code, String detail) {
        return response(status, title, code, detail, Map.of());
    }
}
