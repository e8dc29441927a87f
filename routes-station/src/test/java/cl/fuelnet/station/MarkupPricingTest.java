package cl.fuelnet.station;

import cl.fuelnet.model.Money;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.Sale;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Cases 1 to 6: base x markup half-up to whole pesos, subset price sets, and a LOCAL markup change kept. */
class MarkupPricingTest extends StationTestSupport {

    @Test
    void effectivePricesAndTotalsFollowTheRoundingRules() throws Exception {
        long version = basePrices(Map.of("95", 1500L, "93", 1299L, "97", 1000L, "DIESEL", 999L, "KEROSENE", 800L));

        assertThat(markup("1.05").path("effective").path("95").asLong()).isEqualTo(1575);
        assertThat(Money.saleTotal(new BigDecimal("45"), 1575)).isEqualTo(70875);
        assertThat(markup("1.035").path("effective").path("93").asLong()).isEqualTo(1344);
        assertThat(Money.saleTotal(new BigDecimal("33.333"), 1344)).isEqualTo(44800);
        assertThat(markup("1.0005").path("effective").path("97").asLong()).isEqualTo(1001);
        assertThat(markup("1").path("effective").path("DIESEL").asLong()).isEqualTo(999);

        TestPump pump = pump("7-41");
        Sale sale = pump.sale("93", "33.333", 1344);
        pump.send(sale);
        pump.awaitAck(sale);
        assertThat(count("SELECT total FROM sales WHERE sale_id = '" + sale.saleId() + "'")).isEqualTo(44800);
        assertThat(api.get("/prices").path("version").asLong()).isEqualTo(version);
    }

    @Test
    void aSetNamingOnlyKeroseneLeavesTheOtherFuels() {
        basePrices(Map.of("95", 1500L, "93", 1299L, "97", 1000L, "DIESEL", 999L, "KEROSENE", 800L));
        markup("1");
        JsonNode before = api.get("/prices");

        long version = basePrices(Map.of("KEROSENE", 900L));

        JsonNode after = api.get("/prices");
        assertThat(after.path("version").asLong()).isEqualTo(version).isGreaterThan(before.path("version").asLong());
        assertThat(after.path("effective").path("KEROSENE").asLong()).isEqualTo(900);
        for (String fuel : new String[] {"93", "95", "97", "DIESEL"}) {
            assertThat(after.path("effective").path(fuel)).isEqualTo(before.path("effective").path(fuel));
        }
    }

    @Test
    void aMarkupChangeRepricesFreePumpsIsLoggedAsLocalAndIsKept() throws Exception {
        basePrices(Map.of("95", 1500L, "93", 1299L, "97", 1000L, "DIESEL", 999L, "KEROSENE", 800L));
        markup("1.05");
        TestPump pump = pump("7-42");
        long revision = api.get("/prices").path("revision").asLong();
        pump.awaitPrices(revision);

        JsonNode prices = markup("1.10");

        long next = prices.path("revision").asLong();
        PriceUpdate received = pump.awaitPrices(next);
        assertThat(received.prices()).containsEntry("95", 1650L).containsEntry("93", 1429L);
        JsonNode history = api.get("/price-history?limit=10");
        assertThat(history).anySatisfy(change -> {
            assertThat(change.path("kind").asText()).isEqualTo("MARKUP");
            assertThat(change.path("origin").asText()).isEqualTo("LOCAL");
            assertThat(change.path("oldValue").asText()).isEqualTo("1.05");
            assertThat(change.path("newValue").asText()).isEqualTo("1.10");
            assertThat(change.path("revision").asLong()).isEqualTo(next);
        });
        assertThat(history).anySatisfy(change -> {
            assertThat(change.path("kind").asText()).isEqualTo("EFFECTIVE");
            assertThat(change.path("fuel").asText()).isEqualTo("95");
            assertThat(change.path("newValue").asText()).isEqualTo("1650");
            assertThat(change.path("origin").asText()).isEqualTo("LOCAL");
            assertThat(change.path("version").asLong()).isEqualTo(prices.path("version").asLong());
        });
        assertThat(jdbc.getJdbcTemplate().queryForObject(
                "SELECT value FROM station_setting WHERE name = 'markup'", String.class)).isEqualTo("1.10");
    }

    @Test
    void aMarkupThatIsNotANumberIsRefused() {
        StationApi.Reply reply = api.put("/markup", "{\"markup\":\"lots\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("error").asText()).contains("markup");
    }

    private long basePrices(Map<String, Long> base) {
        long version = HQ.prices(base);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/prices").path("version").asLong() == version);
        return version;
    }

    /** Sets the markup through the API; answers the price view. */
    private JsonNode markup(String markup) {
        StationApi.Reply reply = api.put("/markup", "{\"markup\":" + markup + "}");
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }
}
