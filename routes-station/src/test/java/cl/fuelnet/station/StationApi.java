package cl.fuelnet.station;

import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The station's HTTP API as a test calls it. */
class StationApi {

    record Reply(int status, JsonNode body) {
    }

    /** The admin login the tests give their stations; changes through the API may require it. */
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "station-test-secret";
    private static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder().encodeToString(
            (ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    StationApi(int port) {
        this.base = "http://localhost:" + port + "/api";
    }

    JsonNode get(String path) {
        return ok(call("GET", path, null));
    }

    JsonNode post(String path) {
        return ok(call("POST", path, null));
    }

    Reply put(String path, String json) {
        return call("PUT", path, json);
    }

    Reply call(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body)
                .header("Content-Type", "application/json").header("Authorization", AUTHORIZATION).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), WireCodec.mapper().readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    private static JsonNode ok(Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError("HTTP " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }
}
