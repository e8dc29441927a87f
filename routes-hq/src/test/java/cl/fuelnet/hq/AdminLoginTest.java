package cl.fuelnet.hq;

import org.apache.camel.test.spring.junit5.DisableJmx;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

import static org.assertj.core.api.Assertions.assertThat;

/** Price changes, the console and Jolokia need the admin login; reading stays open. */
@DisableJmx(false)
@AutoConfigureObservability
class AdminLoginTest extends HqTestSupport {

    @Test
    void aPriceChangeWithoutALoginIsRefusedAndWithOneIsAccepted() {
        HqApi anonymous = new HqApi(webPort, null, null);
        HqApi wrong = new HqApi(webPort, HqApi.ADMIN_USER, "not-the-password");
        long before = api.getJson("/api/prices").get("version").asLong();

        HqApi.Reply refused = anonymous.put("/api/prices", "{\"prices\":{\"95\":1601}}");
        HqApi.Reply badLogin = wrong.put("/api/prices", "{\"prices\":{\"95\":1601}}");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").asText()).contains("login");
        assertThat(badLogin.status()).isEqualTo(401);
        assertThat(anonymous.getJson("/api/prices").get("version").asLong()).isEqualTo(before);

        HqApi.Reply accepted = api.put("/api/prices", "{\"prices\":{\"95\":1601}}");

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("version").asLong()).isEqualTo(before + 1);
        assertThat(anonymous.getJson("/api/prices").get("prices").get("95").asLong()).isEqualTo(1601);
    }

    @Test
    void theConsoleAndJolokiaNeedTheLoginAndThenListTheRoutesById() {
        HqApi anonymous = new HqApi(webPort, null, null);

        assertThat(anonymous.get("/actuator/hawtio/").status()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/jolokia/version").status()).isEqualTo(401);

        assertThat(api.get("/actuator/hawtio/").status()).isEqualTo(200);
        HqApi.Reply routes = api.get("/actuator/jolokia/search/org.apache.camel:type=routes,*");
        assertThat(routes.status()).isEqualTo(200);
        assertThat(routes.text()).contains("hq-station-link", "hq-price-broadcast");
    }

    @Test
    void healthAndPrometheusAnswerWithTheNodesOwnComponentsAndMeters() {
        HqApi anonymous = new HqApi(webPort, null, null);

        assertThat(anonymous.getJson("/actuator/health").get("components").has("stationLinksHealth")).isTrue();
        assertThat(anonymous.getJson("/actuator/health").get("components").has("db")).isTrue();
        assertThat(anonymous.get("/actuator/prometheus").text()).contains("fuel_sales_stored");
    }
}
