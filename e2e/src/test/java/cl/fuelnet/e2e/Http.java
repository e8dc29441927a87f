package cl.fuelnet.e2e;

import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the nodes' HTTP API. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Http() {
    }

    /** A status code and the body read as JSON. */
    public record Reply(int status, JsonNode body) {
    }

    public static Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public static Reply put(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The body of a GET that must answer 200. */
    public static JsonNode json(String url) {
        Reply reply = get(url);
        if (reply.status() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    public static boolean answers(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Reply send(HttpRequest.Builder request) {
        request.header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60));
        TestNetwork.adminAuthorization().ifPresent(value -> request.header("Authorization", value));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? null : WireCodec.mapper().readTree(body);
            return new Reply(response.statusCode(), json);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
