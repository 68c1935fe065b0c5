package com.dorsum.api.openapi;

import com.dorsum.api.openapi.ResourceMethods.ResourceMethod;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns Payara's scan of the resources into a description a client can be generated from (registered with
 * {@code mp.openapi.filter}; the static META-INF/openapi.yaml brings the title, the {@code basicAuth} scheme, the
 * {@code Problem} schema and the shared error responses). For each operation it finds the Java method behind it and
 * <ul>
 *   <li>publishes the plain path template ({@code {patientId}}, the JAX-RS regex stays in {@code @Path});</li>
 *   <li>gives parameters, request and response bodies the schemas of their Java types ({@link JsonSchemas});</li>
 *   <li>requires {@code basicAuth} where {@code @RolesAllowed} asks for a signed-in role, names the roles, and adds
 *       the standard refusals: 401 and 403 there, 400 where input is read, 404 where the path names a record;</li>
 *   <li>writes every error response as {@code application/problem+json} with the {@code Problem} schema;</li>
 *   <li>tags it with its capability (the resource's package) unless it says otherwise.</li>
 * </ul>
 * So a new endpoint needs only its {@code @Operation} (summary, operationId) and its particular responses
 * ({@code @APIResponse} for a 201 or a rule's 409/422).
 */
public class ApiDescription implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    private static final Set<String> BINARY = Set.of("application/pdf", "image/png", "image/jpeg",
            "application/octet-stream");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, ResourceMethod> methods = ResourceMethods.all().stream()
                .collect(Collectors.toMap(ResourceMethod::key, Function.identity(), (a, b) -> a));
        JsonSchemas schemas = new JsonSchemas();
        Map<String, PathItem> plain = new TreeMap<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                String template = ResourceMethods.template(path);
                item.getOperations().forEach((http, operation) -> {
                    ResourceMethod method = methods.get(ResourceMethod.key(http.name(), template));
                    if (method != null) {
                        describe(operation, method, schemas);
                        patterns(operation, path);
                    }
                });
                plain.put(template, item);
            });
            openAPI.getPaths().setPathItems(plain);
        }
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        // Ours replace Payara's guesses at the Java types; of the rest only what is referred to stays (the static
        // document's Problem and its parts), so no guess of Payara's is published.
        Map<String, Schema> available = new TreeMap<>(components.getSchemas() == null ? Map.of()
                : components.getSchemas());
        available.putAll(schemas.components());
        components.setSchemas(referenced(openAPI, components, available));
        openAPI.setComponents(components);
        withoutPayarasEndpointList(openAPI);
    }

    /** Payara adds a list of its own ("endpoints") beside the standard fields, which OpenAPI does not allow. */
    private static void withoutPayarasEndpointList(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (NoSuchMethodException e) {
            // Not Payara's model: there is no such list.
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Payara's endpoint list could not be removed", e);
        }
    }

    private static Map<String, Schema> referenced(OpenAPI openAPI, Components components,
                                                  Map<String, Schema> available) {
        List<Schema> roots = new ArrayList<>();
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> contentSchemas(r.getContent(), roots));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> roots.add(p.getSchema()));
                }
                if (op.getRequestBody() != null) {
                    contentSchemas(op.getRequestBody().getContent(), roots);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> contentSchemas(r.getContent(), roots));
                }
            }));
        }
        Map<String, Schema> kept = new TreeMap<>();
        List<Schema> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            Schema schema = todo.remove(todo.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                Schema target = available.get(name);
                if (target != null && kept.put(name, target) == null) {
                    todo.add(target);
                }
                continue;
            }
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            todo.add(schema.getItems());
            todo.add(schema.getAdditionalPropertiesSchema());
            for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (composed != null) {
                    todo.addAll(composed);
                }
            }
        }
        return kept;
    }

    private static void contentSchemas(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> into.add(m.getSchema()));
        }
    }

    private void describe(Operation operation, ResourceMethod method, JsonSchemas schemas) {
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.setTags(new ArrayList<>(List.of(method.capability())));
        }
        parameters(operation, method, schemas);
        boolean readsBody = requestBody(operation, method, schemas);
        responses(operation, method, schemas);

        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        boolean readsInput = readsBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (readsInput) {
            standard(operation, "400", "Invalid");
        }
        if (method.signInNeeded()) {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement()
                    .addScheme("basicAuth"))));
            standard(operation, "401", "Unauthorized");
            standard(operation, "403", "Forbidden");
            List<String> roles = method.roles();
            String who = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            if (description == null || !description.contains(who)) {
                operation.setDescription(description == null || description.isBlank() ? who
                        : description + "\n\n" + who);
            }
        } else {
            // Anyone may call it: an empty requirement says so instead of leaving it unstated.
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        if (method.path().contains("{")) {
            standard(operation, "404", "NotFound");
        }
        responses.forEach((code, response) -> {
            if (code.length() == 3 && code.charAt(0) >= '4' && response.getRef() == null
                    && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
            }
        });
        operation.getResponses().setAPIResponses(sorted(operation.getResponses().getAPIResponses()));
    }

    /** A text path parameter's JAX-RS regex ({@code {token: [A-Za-z0-9_-]{20,100}}}) as its schema's pattern. */
    private static void patterns(Operation operation, String jaxrsPath) {
        if (operation.getParameters() == null) {
            return;
        }
        ResourceMethods.regexes(jaxrsPath).forEach((name, regex) -> operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.PATH && p.getName().equals(name) && p.getSchema() != null
                        && p.getSchema().getType() == SchemaType.STRING)
                .forEach(p -> p.getSchema().pattern("^" + regex + "$")));
    }

    private static void standard(Operation operation, String code, String ref) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }

    private static Map<String, APIResponse> sorted(Map<String, APIResponse> responses) {
        return new TreeMap<>(responses);
    }

    private static void parameters(Operation operation, ResourceMethod method, JsonSchemas schemas) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            for (java.lang.reflect.Parameter java : method.method().getParameters()) {
                String name = parameter.getIn() == Parameter.In.PATH
                        ? Optional.ofNullable(java.getAnnotation(PathParam.class)).map(PathParam::value).orElse(null)
                        : parameter.getIn() == Parameter.In.QUERY
                        ? Optional.ofNullable(java.getAnnotation(QueryParam.class)).map(QueryParam::value).orElse(null)
                        : null;
                if (!parameter.getName().equals(name)) {
                    continue;
                }
                Schema schema = schemas.of(java.getParameterizedType());
                DefaultValue defaultValue = java.getAnnotation(DefaultValue.class);
                if (defaultValue != null && schema.getRef() == null) {
                    schema.setDefaultValue(typed(defaultValue.value(), schema.getType()));
                }
                if (parameter.getIn() == Parameter.In.QUERY && schema.getType() == SchemaType.INTEGER) {
                    if (name.equals("page") || name.equals("size")) {
                        schema.minimum(BigDecimal.ZERO);
                    }
                    if (name.equals("size")) {
                        schema.maximum(BigDecimal.valueOf(com.dorsum.platform.PageOf.MAX_SIZE));
                    }
                }
                if (parameter.getIn() == Parameter.In.PATH) {
                    parameter.setRequired(true);
                }
                parameter.setSchema(schema);
            }
        }
    }

    private static Object typed(String value, SchemaType type) {
        if (type == SchemaType.INTEGER) {
            return Long.valueOf(value);
        }
        if (type == SchemaType.BOOLEAN) {
            return Boolean.valueOf(value);
        }
        return value;
    }

    /** The body's schema from the entity parameter; examples and a multipart schema from the annotation stay. */
    private static boolean requestBody(Operation operation, ResourceMethod method, JsonSchemas schemas) {
        Optional<java.lang.reflect.Parameter> entity = method.entity();
        if (entity.isEmpty()) {
            return false;
        }
        RequestBody body = operation.getRequestBody() == null ? OASFactory.createRequestBody()
                : operation.getRequestBody();
        Content content = body.getContent() == null ? OASFactory.createContent() : body.getContent();
        for (String type : method.consumes()) {
            if (content.getMediaType(type) == null) {
                content.addMediaType(type, OASFactory.createMediaType());
            }
        }
        Schema schema = schemas.of(entity.get().getParameterizedType());
        content.getMediaTypes().forEach((type, media) -> {
            if (!type.contains("multipart")) {
                media.setSchema(schema);
            }
            if (media.getExamples() != null) {
                // An annotation's example is text; published as the JSON it holds, it can be checked against the schema.
                media.getExamples().values().forEach(example -> {
                    if (example.getValue() instanceof String text && (text.startsWith("{") || text.startsWith("["))) {
                        try (JsonReader reader = Json.createReader(new StringReader(text))) {
                            example.setValue(plain(reader.readValue()));
                        }
                    }
                });
            }
        });
        body.setContent(content);
        if (body.getRequired() == null) {
            body.setRequired(true);
        }
        operation.setRequestBody(body);
        return true;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> object.put(k, plain(v)));
                yield object;
            }
            case ARRAY -> value.asJsonArray().stream().map(ApiDescription::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
        };
    }

    /** The success responses with the schemas of what the method returns; Payara's "default" goes. */
    private static void responses(Operation operation, ResourceMethod method, JsonSchemas schemas) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Map<String, APIResponse> responses = new LinkedHashMap<>(
                operation.getResponses().getAPIResponses() == null ? Map.of()
                        : operation.getResponses().getAPIResponses());
        responses.remove("default");
        Map<String, Class<?>> declared = declaredBodies(method);
        Class<?> returned = method.method().getReturnType();
        boolean hasSuccess = responses.keySet().stream().anyMatch(c -> c.startsWith("2"));
        if (!hasSuccess) {
            String code = returned == void.class ? "204" : "200";
            responses.put(code, OASFactory.createAPIResponse().description(code.equals("204") ? "Done" : "OK"));
        }
        responses.forEach((code, response) -> {
            if (!code.startsWith("2") || code.equals("204") || response.getRef() != null) {
                return;
            }
            Class<?> implementation = declared.get(code);
            Type type = implementation != null ? implementation
                    : returned == Response.class || returned == void.class ? null
                    : method.method().getGenericReturnType();
            Content content = OASFactory.createContent();
            for (String media : method.produces()) {
                Schema schema;
                if (type != null && media.endsWith("json")) {
                    schema = schemas.of(type);
                } else if (BINARY.contains(media) || media.startsWith("image/")) {
                    schema = OASFactory.createSchema().type(SchemaType.STRING).format("binary");
                } else if (media.startsWith("text/")) {
                    schema = OASFactory.createSchema().type(SchemaType.STRING);
                } else {
                    // JSON here means a problem (a binary download answers with its bytes or an error).
                    continue;
                }
                content.addMediaType(media, OASFactory.createMediaType().schema(schema));
            }
            Content existing = response.getContent();
            if (existing != null && existing.getMediaTypes() != null) {
                existing.getMediaTypes().forEach((media, value) -> {
                    MediaType ours = content.getMediaType(media);
                    if (ours != null && value.getExamples() != null) {
                        ours.setExamples(value.getExamples());
                    }
                });
            }
            if (response.getDescription() == null || response.getDescription().isBlank()
                    || response.getDescription().startsWith("Default Response")) {
                response.setDescription("OK");
            }
            response.setContent(content.getMediaTypes() == null || content.getMediaTypes().isEmpty() ? null : content);
        });
        operation.getResponses().setAPIResponses(responses);
    }

    /** The body classes the method's {@code @APIResponse}s name ({@code content.schema.implementation}). */
    private static Map<String, Class<?>> declaredBodies(ResourceMethod method) {
        List<org.eclipse.microprofile.openapi.annotations.responses.APIResponse> annotations = new ArrayList<>(
                Arrays.asList(method.method().getAnnotationsByType(
                        org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)));
        APIResponses wrapper = method.method().getAnnotation(APIResponses.class);
        if (wrapper != null) {
            annotations.addAll(Arrays.asList(wrapper.value()));
        }
        Map<String, Class<?>> bodies = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (var annotation : annotations) {
            if (!seen.add(annotation.responseCode())) {
                continue;
            }
            for (var content : annotation.content()) {
                Class<?> implementation = content.schema().implementation();
                if (implementation != Void.class) {
                    bodies.put(annotation.responseCode(), implementation);
                }
            }
        }
        return bodies;
    }
}
