package cl.fuelnet.e2e;

import cl.fuelnet.model.Money;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A price goes down from HQ to every pump with the station's markup; a sale comes up from a pump to HQ. */
class PriceAndSaleAcrossTiersIT {

    private static final BigDecimal MARKUP = new BigDecimal("1.05");
    private static TestNetwork network;

    @BeforeAll
    static void network() {
        network = TestNetwork.get();
        await("pumps connected to station 1").atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode pumps = Http.json(network.stationUrl() + "/api/pumps");
            return pumps.size() == 2 && pumps.get(0).get("connected").asBoolean()
                    && pumps.get(1).get("connected").asBoolean();
        });
    }

    @Test
    void aNewPriceVersionReachesEveryPumpWithTheStationMarkupWithinASecond() {
        Http.Reply put = Http.put(network.hqUrl() + "/api/prices", "{\"prices\":{\"95\":1500,\"93\":1299}}");
        assertThat(put.status()).isEqualTo(200);
        long version = put.body().get("version").asLong();
        JsonNode base = Http.json(network.hqUrl() + "/api/prices").get("prices");

        await("both pumps at version " + version).atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> pumpAt(1, version) && pumpAt(2, version));

        for (int pump = 1; pump <= 2; pump++) {
            JsonNode prices = Http.json(network.pumpUrl(pump) + "/api/pump").get("prices");
            for (Iterator<Map.Entry<String, JsonNode>> it = base.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> fuel = it.next();
                assertThat(prices.get(fuel.getKey()).asLong()).as("pump 1-%d %s", pump, fuel.getKey())
                        .isEqualTo(Money.effectivePrice(fuel.getValue().asLong(), MARKUP));
            }
            assertThat(prices.get("95").asLong()).isEqualTo(1575);
            assertThat(prices.get("93").asLong()).isEqualTo(1364);
        }
    }

    @Test
    void aSaleAtAPumpIsStoredAtTheStationAndAtHeadOffice() {
        long price = Http.json(network.pumpUrl(1) + "/api/pump").get("prices").get("95").asLong();

        Http.Reply reply = Http.post(network.pumpUrl(1) + "/api/dispense", "{\"fuel\":\"95\",\"litres\":45}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode sale = reply.body();
        String saleId = sale.get("saleId").asText();
        long total = Money.saleTotal(new BigDecimal("45"), price);
        assertThat(sale.get("total").asLong()).isEqualTo(total);
        assertThat(sale.get("pricePerLitre").asLong()).isEqualTo(price);
        assertThat(sale.get("litres").decimalValue()).isEqualByComparingTo("45");

        await("sale at station 1").atMost(Duration.ofSeconds(10))
                .until(() -> find(Http.json(network.stationUrl() + "/api/sales?limit=500"), saleId) != null);
        await("sale at HQ").atMost(Duration.ofSeconds(10))
                .until(() -> find(Http.json(network.hqUrl() + "/api/sales?stationId=1&limit=500"), saleId) != null);

        JsonNode atHq = find(Http.json(network.hqUrl() + "/api/sales?stationId=1&limit=500"), saleId);
        assertThat(atHq.get("total").asLong()).isEqualTo(total);
        assertThat(atHq.get("pumpId").asText()).isEqualTo("1-1");
        assertThat(atHq.get("fuel").asText()).isEqualTo("95");
        await("station 1 synced").atMost(Duration.ofSeconds(10)).until(() ->
                find(Http.json(network.stationUrl() + "/api/sales?limit=500"), saleId).get("synced").asBoolean());
    }

    private static boolean pumpAt(int pump, long version) {
        return Http.json(network.pumpUrl(pump) + "/api/pump").get("priceVersion").asLong() >= version;
    }

    static JsonNode find(JsonNode sales, String saleId) {
        for (JsonNode sale : sales) {
            if (saleId.equals(sale.get("saleId").asText())) {
                return sale;
            }
        }
        return null;
    }
}
