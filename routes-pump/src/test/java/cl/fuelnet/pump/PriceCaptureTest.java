package cl.fuelnet.pump;

import cl.fuelnet.model.message.PumpState;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A price change never touches a fill in progress: the sale keeps the price it started with while two updates
 * arrive, the newest applies when the pump is FREE again, and the station is told.
 */
class PriceCaptureTest extends PumpTestSupport {

    @Test
    void saleKeepsItsStartPriceAndTheNewestUpdateAppliesAfter() {
        long started = pushPrices(Map.of("95", 1450L, "97", 1390L));
        assertThat(pump.view().get("prices").get("97").asLong()).isEqualTo(1390);

        pump.ok("/api/dispense/start", "{\"fuel\":\"97\"}");
        pushPrices(Map.of("95", 1450L, "97", 1400L));
        long newest = pushPrices(Map.of("95", 1500L, "97", 1410L));

        JsonNode during = pump.view();
        assertThat(during.get("state").asText()).isEqualTo("DISPENSING");
        assertThat(during.get("prices").get("97").asLong()).isEqualTo(1390);
        assertThat(during.get("priceVersion").asLong()).isEqualTo(started);
        assertThat(during.get("pendingPrices").get("97").asLong()).isEqualTo(1410);
        assertThat(during.get("pendingPrices").get("95").asLong()).isEqualTo(1500);
        assertThat(during.get("fill").get("pricePerLitre").asLong()).isEqualTo(1390);

        JsonNode sale = pump.ok("/api/dispense/finish", "{\"litres\":20}");
        assertThat(sale.get("pricePerLitre").asLong()).isEqualTo(1390);
        assertThat(sale.get("total").asLong()).isEqualTo(27_800);
        assertThat(sale.get("priceVersion").asLong()).isEqualTo(started);
        assertThat(ledger.sale(sale.get("saleId").asText()).pricePerLitre()).isEqualTo(1390);

        JsonNode after = pump.view();
        assertThat(after.get("state").asText()).isEqualTo("FREE");
        assertThat(after.get("prices").get("97").asLong()).isEqualTo(1410);
        assertThat(after.get("prices").get("95").asLong()).isEqualTo(1500);
        assertThat(after.get("priceVersion").asLong()).isEqualTo(newest);
        assertThat(after.get("pendingPrices").isEmpty()).isTrue();

        await().atMost(WAIT).untilAsserted(() -> {
            PumpState last = station.states().get(station.states().size() - 1);
            assertThat(last.state()).isEqualTo("FREE");
            assertThat(last.priceRevision()).isEqualTo(newest);
            assertThat(last.prices()).containsEntry("97", 1410L).containsEntry("95", 1500L);
        });
    }

    @Test
    void anOlderPriceSetIsIgnored() {
        long applied = pushPrices(Map.of("95", 1600L));
        pushPrices(applied - 1, Map.of("95", 1000L));

        JsonNode view = pump.view();
        assertThat(view.get("priceRevision").asLong()).isEqualTo(applied);
        assertThat(view.get("prices").get("95").asLong()).isEqualTo(1600);
    }
}
