package com.dorsum.api;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.Violation;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Every JSON request body of the API is checked against the type it is bound to ({@link JsonShape}) before JSON-B
 * binds it: one that does not fit is 400 VALIDATION naming each field, before anything is read into the domain,
 * so nothing is stored. One mechanism for the whole API instead of checks per resource.
 */
@Provider
public class StrictJson implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || isRaw(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            JsonValue document;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                document = reader.readValue();
            }
            List<Violation> violations = JsonShape.check(document, context.getGenericType());
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }

    /** Bodies read as they come (text, bytes, a stream, a JSON tree) have no shape to check. */
    private static boolean isRaw(Class<?> type) {
        return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || JsonValue.class.isAssignableFrom(type);
    }
}
