package cl.fuelnet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** HQ goes away and comes back: the station keeps selling, redials by itself and syncs what it sold meanwhile. */
class HeadOfficeRestartIT {

    private static TestNetwork network;

    @BeforeAll
    static void network() {
        network = TestNetwork.get();
    }

    @Test
    void theStationSellsWhileHeadOfficeIsDownAndSyncsWhenItReturns() {
        await("station 1 online").atMost(Duration.ofSeconds(30))
                .until(() -> "ONLINE".equals(station().get("hqLink").asText()));

        assertThat(hqLinkHealth()).isEqualTo("UP");

        network.hq.stop();
        await("station 1 autonomous").atMost(Duration.ofSeconds(15))
                .until(() -> "AUTONOMOUS".equals(station().get("hqLink").asText()));
        assertThat(hqLinkHealth()).isEqualTo("DOWN");
        Http.Reply sale = Http.post(network.pumpUrl(2) + "/api/dispense", "{\"fuel\":\"DIESEL\",\"litres\":12.5}");
        assertThat(sale.status()).isEqualTo(200);
        String saleId = sale.body().get("saleId").asText();
        await("the sale stored at the station, unsynced").atMost(Duration.ofSeconds(10))
                .until(() -> station().get("unsynced").asLong() >= 1);

        network.hq.start();

        await("station 1 redialled").atMost(Duration.ofSeconds(30))
                .until(() -> "ONLINE".equals(station().get("hqLink").asText()));
        await("station 1 connected at HQ").atMost(Duration.ofSeconds(10)).until(() -> {
            for (JsonNode station : Http.json(network.hqUrl() + "/api/stations")) {
                if ("1".equals(station.get("stationId").asText()) && station.get("connected").asBoolean()) {
                    return true;
                }
            }
            return false;
        });
        await("the offline sale at HQ").atMost(Duration.ofSeconds(30)).until(() -> PriceAndSaleAcrossTiersIT.find(
                Http.json(network.hqUrl() + "/api/sales?stationId=1&limit=500"), saleId) != null);
        await("nothing unsynced").atMost(Duration.ofSeconds(10)).until(() -> station().get("unsynced").asLong() == 0);
        assertThat(hqLinkHealth()).isEqualTo("UP");
    }

    /** The station's health component for its HQ link; the overall health answers 503 while it is DOWN. */
    private static String hqLinkHealth() {
        return Http.get(network.stationUrl() + "/actuator/health").body().get("components").get("hqLinkHealth")
                .get("status").asText();
    }

    private static JsonNode station() {
        return Http.json(network.stationUrl() + "/api/station");
    }
}
