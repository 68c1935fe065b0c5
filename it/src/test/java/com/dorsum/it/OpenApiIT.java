package com.dorsum.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's live OpenAPI document is the contract clients are generated from: it is the committed
 * {@code api/openapi.yaml} (from which the build generates the client ApiClientIT uses), every operation is
 * described well enough to generate a client, and Redocly's recommended rules find no error in it.
 */
class OpenApiIT extends ClinicDeployment {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /**
     * The live document as YAML (Payara's default; it answers 406 to Accept: application/yaml), also written where
     * lint.sh and a developer updating the contract find it.
     */
    private static String live() throws Exception {
        String yaml = fetch(documentUrl(), "*/*");
        Path file = Path.of(System.getProperty("clinic.openapi.live"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return yaml;
    }

    private static String documentUrl() {
        URI clinic = URI.create(TestEnvironment.baseUrl());
        return clinic.resolve("/openapi").toString();
    }

    private static String fetch(String url, String accept) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), url + ": " + reply.body());
        return reply.body();
    }

    @Test
    void theLiveDocumentIsTheCommittedContractInYamlAndJson() throws Exception {
        JsonNode live = YAML.readTree(live());
        JsonNode json = JSON.readTree(fetch(documentUrl() + "?format=JSON", "*/*"));
        assertEquals(live, json, "the JSON and YAML forms of the document differ");
        JsonNode committed = YAML.readTree(Files.readString(Path.of(System.getProperty("clinic.openapi.committed"))));
        assertEquals(committed, live, "The live OpenAPI document differs from api/openapi.yaml. If the change to the"
                + " API is meant, copy " + System.getProperty("clinic.openapi.live") + " to api/openapi.yaml (the"
                + " generated client is built from it) and commit it with the change.");
        assertEquals("Dorsum clinic API", live.at("/info/title").asText());
    }

    @Test
    void clinicOpenapiSendsClientsToTheDocument() throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl()
                + "openapi?format=JSON")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(307, reply.statusCode());
        assertEquals("/openapi?format=JSON", reply.headers().firstValue("Location").orElse(null));
    }

    /** What a client generator and an integrator need of each operation; a new endpoint without it fails here. */
    @Test
    void everyOperationIsDescribedWithItsSecurityAndItsErrorsAsProblems() throws Exception {
        JsonNode document = YAML.readTree(live());
        Set<String> tags = new HashSet<>();
        document.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        Set<String> operationIds = new HashSet<>();
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().matches(".*\\{[^}]*[:\\\\].*")) {
                faults.add(path.getKey() + ": a regular expression in the path template");
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = ops.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String where = entry.getKey().toUpperCase() + " " + path.getKey() + ": ";
                JsonNode op = entry.getValue();
                if (op.path("summary").asText().isBlank()) {
                    faults.add(where + "no summary");
                }
                if (!operationIds.add(op.path("operationId").asText())) {
                    faults.add(where + "operationId missing or used twice: " + op.path("operationId").asText());
                }
                if (op.path("tags").isEmpty()) {
                    faults.add(where + "no tag");
                }
                op.path("tags").forEach(t -> {
                    if (!tags.contains(t.asText())) {
                        faults.add(where + "tag " + t.asText() + " is not declared in META-INF/openapi.yaml");
                    }
                });
                if (!op.has("security")) {
                    faults.add(where + "security not stated");
                }
                boolean signIn = op.path("security").findValue("basicAuth") != null;
                JsonNode responses = op.path("responses");
                if (signIn && !(responses.has("401") && responses.has("403"))) {
                    faults.add(where + "signs in but does not document 401 and 403");
                }
                if (responses.has("default")) {
                    faults.add(where + "an undocumented default response");
                }
                boolean anError = false;
                for (Iterator<Map.Entry<String, JsonNode>> rs = responses.fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = rs.next();
                    if (response.getKey().startsWith("2") && !response.getKey().equals("204")
                            && !response.getValue().has("content")) {
                        faults.add(where + response.getKey() + " has no body schema");
                    }
                    if (response.getKey().charAt(0) >= '4') {
                        anError = true;
                        JsonNode resolved = resolve(document, response.getValue());
                        if (!resolved.path("content").has("application/problem+json")) {
                            faults.add(where + response.getKey() + " is not a problem (application/problem+json)");
                        }
                    }
                }
                if (!anError) {
                    faults.add(where + "no error response");
                }
                for (JsonNode media : op.path("requestBody").path("content")) {
                    if (!media.has("schema")) {
                        faults.add(where + "a request body without a schema");
                    }
                }
            }
        }
        assertTrue(operations > 70, operations + " operations");
        assertEquals(List.of(), faults);
    }

    @Test
    void redoclysRecommendedRulesFindNoErrorInTheLiveDocument() throws Exception {
        live();
        Path output = Path.of(System.getProperty("clinic.openapi.live")).resolveSibling("lint.txt");
        Process lint = new ProcessBuilder("bash", System.getProperty("clinic.openapi.lint"),
                System.getProperty("clinic.openapi.live")).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        assertTrue(lint.waitFor(10, TimeUnit.MINUTES), "the lint did not finish");
        String report = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(report.lines().filter(l -> l.contains("error") || l.contains("warning")
                || l.contains("valid")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(0, lint.exitValue(), "Redocly found errors (" + output + "):\n" + report);
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText();
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }
}
