package com.dorsum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A small client of the REST API, signed in as one account (or none). */
final class Api {

    static final String PASSWORD = "Demo-2026!";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    static Api as(String username) {
        return as(username, PASSWORD);
    }

    static Api as(String username, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static Api anonymous() {
        return new Api(null);
    }

    /** POSTs every body at the same moment, each from its own thread; the statuses in the bodies' order. */
    List<Integer> postAllAtOnce(String path, List<String> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Callable<Integer>> posts = bodies.stream().<Callable<Integer>>map(b -> () -> post(path, b).status())
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(posts)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A GET of a text body of any type (calendars, CSV). */
    Reply text(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    /** A multipart/form-data POST: text fields, and optionally one file part named "file". */
    Reply postMultipart(String path, Map<String, String> fields, String filename, String contentType, byte[] file) {
        String boundary = "----dorsum" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose body is kept as bytes (PDFs, images). */
    HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(request(path).setHeader("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl() + "api/v1/" + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    record Reply(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonObject json() {
            JsonStructure structure = Json.createReader(new StringReader(response.body())).read();
            return structure.asJsonObject();
        }

        @Override
        public String toString() {
            return status() + " " + response.body();
        }
    }
}
