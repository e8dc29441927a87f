package cl.fuelnet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Each node shows its own tier's dashboard at "/", and describes its API as OpenAPI, browsable in Swagger UI. */
class NodePagesAndApiDocsIT extends BrowserTest {

    @Test
    void eachNodeShowsItsTiersPageWithLinksToItsConsoleAndApi() {
        browser.open(network.hqUrl() + "/");
        assertThat(browser.text("#page-title")).isEqualTo("Casa Matriz");
        browser.open(network.stationUrl() + "/");
        assertThat(browser.text("#page-title")).isEqualTo("Distribuidor 1");
        browser.open(network.pumpUrl(2) + "/");
        assertThat(browser.text("#page-title")).isEqualTo("Surtidor 1-2");

        assertThat(browser.find("#console-link").getAttribute("href"))
                .isEqualTo(network.pumpUrl(2) + "/actuator/hawtio/");
        assertThat(browser.find("#api-link").getAttribute("href")).isEqualTo(network.pumpUrl(2) + "/swagger-ui");
    }

    @Test
    void eachNodeDescribesItsRestApiAsOpenApi() {
        assertThat(paths(network.hqUrl())).contains("/api/prices", "/api/stations", "/api/reports/sales");
        assertThat(paths(network.stationUrl())).contains("/api/station", "/api/pumps", "/api/markup", "/api/sync");
        assertThat(paths(network.pumpUrl(1))).contains("/api/pump", "/api/dispense/start", "/api/dispense/stop");
    }

    @Test
    void swaggerUiShowsTheStationApi() {
        browser.driver().get(network.stationUrl() + "/swagger-ui");
        browser.waitForText(".swagger-ui", "/api/markup", Duration.ofSeconds(20));
        browser.screenshot("distribuidor-api");
    }

    private static Iterable<String> paths(String node) {
        JsonNode doc = Http.json(node + "/api-doc");
        return () -> doc.get("paths").fieldNames();
    }
}
