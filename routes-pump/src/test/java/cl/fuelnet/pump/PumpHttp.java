package cl.fuelnet.pump;

import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Talks to one pump's web port the way a forecourt terminal would. */
final class PumpHttp {

    /** An answer: the status and the JSON body. */
    record Reply(int status, JsonNode json) {
        String error() {
            return json.path("error").asText();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    PumpHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** GET /api/pump, which must answer 200. */
    JsonNode view() {
        Reply reply = send(HttpRequest.newBuilder(URI.create(base + "/api/pump")).GET());
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    String state() {
        return view().get("state").asText();
    }

    Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST that must answer 200. */
    JsonNode ok(String path, String body) {
        Reply reply = post(path, body);
        assertThat(reply.status()).as("%s %s -> %s", path, body, reply.json()).isEqualTo(200);
        return reply.json();
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? WireCodec.mapper().nullNode()
                    : WireCodec.mapper().readTree(response.body());
            return new Reply(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
