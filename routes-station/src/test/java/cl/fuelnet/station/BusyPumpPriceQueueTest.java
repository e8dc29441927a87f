package cl.fuelnet.station;

import cl.fuelnet.model.message.PriceAck;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.Sale;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Case 7 at the station: a fill keeps its price while two updates arrive; the station holds the newest for the busy
 * pump, reports it pending to HQ, sends it when the pump is FREE, and reports it applied once the pump says so.
 */
class BusyPumpPriceQueueTest extends StationTestSupport {

    @Test
    void aFillKeepsItsPriceAndThePumpGetsTheNewestAfter() throws Exception {
        assertThat(api.put("/markup", "{\"markup\":1}").status()).isEqualTo(200);
        long first = basePrices(Map.of("97", 1390L, "95", 1480L, "93", 1200L, "DIESEL", 900L, "KEROSENE", 800L));
        TestPump pump = pump("7-21");
        PriceUpdate start = pump.awaitBody(cl.fuelnet.model.message.MessageType.PRICE_UPDATE, PriceUpdate.class,
                update -> update.version() == first);
        pump.state(PumpBoard.FREE, start);
        pump.state(PumpBoard.DISPENSING, start);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DISPENSING".equals(pump7_21().path("state").asText()));

        basePrices(Map.of("97", 1400L));
        long newest = basePrices(Map.of("97", 1410L, "95", 1500L));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> pump7_21().path("pendingPrices").path("97").asLong() == 1410);
        assertThat(pump7_21().path("prices").path("97").asLong()).isEqualTo(1390);
        PriceAck pendingAck = HQ.priceAcks.stream().filter(ack -> ack.version() == newest)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(pendingAck.pending()).contains("7-21");
        assertThat(pendingAck.applied()).doesNotContain("7-21");

        Sale fill = pump.sale("97", "20", 1390);
        pump.send(fill);
        pump.awaitAck(fill);
        int updatesBeforeFree = pump.received(cl.fuelnet.model.message.MessageType.PRICE_UPDATE).size();
        pump.state(PumpBoard.FREE, start);

        PriceUpdate after = await().atMost(Duration.ofSeconds(10)).until(() -> pump.bodies(
                cl.fuelnet.model.message.MessageType.PRICE_UPDATE, PriceUpdate.class).stream()
                .skip(updatesBeforeFree).findFirst().orElse(null), java.util.Objects::nonNull);
        assertThat(after.version()).isEqualTo(newest);
        assertThat(after.prices()).containsEntry("97", 1410L).containsEntry("95", 1500L);
        assertThat(count("SELECT price_per_litre FROM sales WHERE sale_id = '" + fill.saleId() + "'"))
                .isEqualTo(1390);

        pump.state(PumpBoard.FREE, after);
        await().atMost(Duration.ofSeconds(10)).until(() -> HQ.priceAcks.stream()
                .anyMatch(ack -> ack.version() == newest && ack.applied().contains("7-21")));
        JsonNode view = pump7_21();
        assertThat(view.path("prices").path("97").asLong()).isEqualTo(1410);
        assertThat(view.path("pendingPrices").size()).isZero();
        assertThat(view.path("priceVersion").asLong()).isEqualTo(newest);
    }

    private long basePrices(Map<String, Long> base) {
        long version = HQ.prices(base);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/prices").path("version").asLong() == version);
        return version;
    }

    private JsonNode pump7_21() {
        for (JsonNode pump : api.get("/pumps")) {
            if (pump.path("pumpId").asText().equals("7-21")) {
                return pump;
            }
        }
        throw new AssertionError("no pump 7-21");
    }
}
