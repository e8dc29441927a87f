package cl.fuelnet.hq;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.Totals;
import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base price changes at the API: bad prices are refused whole with a JSON 400 and change nothing (case 16); a
 * change names any subset of fuels and makes one new version (case 5) that reaches connected stations and shows
 * in the history.
 */
class PriceChangeTest extends HqTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"prices\":{\"95\":-1}}",
        "{\"prices\":{\"95\":0}}",
        "{\"prices\":{\"95\":\"NaN\"}}",
        "{\"prices\":{\"95\":NaN}}",
        "{\"prices\":{\"95\":1e308}}",
        "{\"prices\":{\"95\":1580.5}}",
        "{\"prices\":{\"98\":1580}}",
        "{\"prices\":{\"95\":1500,\"93\":100001}}",
        "{\"prices\":{\"95\":null}}",
        "{\"prices\":{}}",
        "{\"price\":{\"95\":1500}}",
        "{\"prices\":{\"95\":1500},\"effectiveAt\":\"tomorrow\"}",
        "{\"prices\":{\"95\":1500},\"effectiveAt\":\"2020-01-01T00:00:00Z\"}",
        "not json"
    })
    void badPricesAreRefusedAndChangeNothing(String body) {
        JsonNode before = api.getJson("/api/prices");

        HqApi.Reply reply = api.put("/api/prices", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().get("error").asText()).isNotBlank();
        assertThat(api.getJson("/api/prices")).isEqualTo(before);
        assertThat(api.getJson("/api/prices/history").get(0).get("version")).isEqualTo(before.get("version"));
    }

    @Test
    void changeOfOneFuelMakesOneVersionForAllAndReachesConnectedStations() throws Exception {
        JsonNode before = api.getJson("/api/prices");
        TestStation station = onlineStation("1", new Totals(0, 0, 0));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> api.getJson("/api/stations").findValuesAsText("stationId").contains("1"));

        HqApi.Reply reply = api.put("/api/prices", "{\"prices\":{\"KEROSENE\":1234}}");

        assertThat(reply.status()).isEqualTo(200);
        long version = reply.json().get("version").asLong();
        assertThat(version).isEqualTo(before.get("version").asLong() + 1);
        JsonNode after = api.getJson("/api/prices").get("prices");
        assertThat(after.get("KEROSENE").asLong()).isEqualTo(1234);
        for (String fuel : new String[] {"93", "95", "97", "DIESEL"}) {
            assertThat(after.get(fuel)).isEqualTo(before.get("prices").get(fuel));
        }
        PriceUpdate pushed = WireCodec.body(station.take(MessageType.PRICE_UPDATE, Duration.ofSeconds(5)),
                PriceUpdate.class);
        assertThat(pushed.version()).isEqualTo(version);
        assertThat(pushed.prices()).hasSize(5).containsEntry("KEROSENE", 1234L);

        JsonNode newest = api.getJson("/api/prices/history?limit=2").get(0);
        assertThat(newest.get("version").asLong()).isEqualTo(version);
        assertThat(newest.get("origin").asText()).isEqualTo("API");
        assertThat(newest.get("changes").size()).isEqualTo(1);
        assertThat(newest.get("changes").get("KEROSENE").get("new").asLong()).isEqualTo(1234);
        assertThat(newest.get("changes").get("KEROSENE").get("old"))
                .isEqualTo(before.get("prices").get("KEROSENE"));
    }

    @Test
    void stationHoldingAnOlderVersionGetsTheCurrentOneOnHello() throws Exception {
        long version = api.put("/api/prices", "{\"prices\":{\"93\":1299}}").json().get("version").asLong();

        TestStation station = station("2");
        station.hello(version - 1, new Totals(0, 0, 0));

        PriceUpdate pushed = WireCodec.body(station.take(MessageType.PRICE_UPDATE, Duration.ofSeconds(5)),
                PriceUpdate.class);
        assertThat(pushed.version()).isEqualTo(version);
        assertThat(pushed.prices()).containsEntry("93", 1299L);
    }
}
