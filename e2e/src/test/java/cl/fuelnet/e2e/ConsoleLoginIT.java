package cl.fuelnet.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Every node's console and Jolokia answer 401 without the admin login, and list the node's routes with it. */
class ConsoleLoginIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static TestNetwork network;

    @BeforeAll
    static void network() {
        network = TestNetwork.get();
    }

    @Test
    void consoleAndJolokiaNeedTheLoginOnEveryTier() throws Exception {
        for (String node : new String[] {network.hqUrl(), network.stationUrl(), network.pumpUrl(1)}) {
            assertThat(status(node + "/actuator/hawtio/", null)).as(node).isEqualTo(401);
            assertThat(status(node + "/actuator/jolokia/version", null)).as(node).isEqualTo(401);
            assertThat(status(node + "/actuator/jolokia/version", "intruder:guess")).as(node).isEqualTo(401);
            assertThat(status(node + "/actuator/hawtio/", login())).as(node).isEqualTo(200);
        }
    }

    @Test
    void withTheLoginJolokiaListsTheStationRoutesByRouteId() throws Exception {
        String routes = body(network.stationUrl() + "/actuator/jolokia/search/org.apache.camel:type=routes,*");

        assertThat(routes).contains("station-pump-link", "station-hq-link", "station-api-put-markup");
        String pumpRoutes = body(network.pumpUrl(1) + "/actuator/jolokia/search/org.apache.camel:type=routes,*");
        assertThat(pumpRoutes).contains("pump-1-1-link", "pump-1-2-link");
    }

    @Test
    void aMarkupChangeWithoutTheLoginIsRefused() throws Exception {
        java.math.BigDecimal before = Http.json(network.stationUrl() + "/api/prices").get("markup").decimalValue();
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(network.stationUrl() + "/api/markup"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"markup\":1.30}")).build();

        HttpResponse<String> refused = CLIENT.send(anonymous, HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"error\"");
        assertThat(Http.json(network.stationUrl() + "/api/prices").get("markup").decimalValue())
                .isEqualByComparingTo(before);
    }

    private static String login() {
        return TestNetwork.ADMIN_USER + ":" + TestNetwork.ADMIN_PASSWORD;
    }

    private static int status(String url, String credentials) throws Exception {
        return CLIENT.send(request(url, credentials), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String body(String url) throws Exception {
        HttpResponse<String> response = CLIENT.send(request(url, login()), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static HttpRequest request(String url, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }
}
