package com.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Connect REST API as a reader calls it with curl, through {@link HttpClient}: JSON in, status code and
 * JSON out. (Test helper of this module; the harness has no REST client.)
 */
final class ConnectRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    ConnectRest(URI base) {
        this.base = base;
    }

    record Response(int status, JsonNode body) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    Response post(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(json(body)));
    }

    Response put(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(json(body)));
    }

    /** {@code POST /connectors} with {@code {"name": name, "config": config}}. */
    Response createConnector(String name, Map<String, String> config) {
        return post("/connectors", Map.of("name", name, "config", config));
    }

    /** The connector's state and its tasks' states, e.g. {@code RUNNING}; "" when unknown (404). */
    String connectorState(String name) {
        return get("/connectors/" + name + "/status").body().path("connector").path("state").asText();
    }

    String taskState(String name, int task) {
        return get("/connectors/" + name + "/status").body().path("tasks").path(task).path("state").asText();
    }

    private URI uri(String path) {
        return base.resolve(path);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.header("Content-Type", "application/json")
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            return new Response(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
