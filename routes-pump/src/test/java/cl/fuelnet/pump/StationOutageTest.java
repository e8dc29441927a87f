package cl.fuelnet.pump;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sales outbox against a station that answers, answers late, or is gone: a sale is answered once the station
 * holds it (waiting at most pump.ack-wait-ms), at once when the station is down, kept until acknowledged, and
 * arrives exactly once when the station returns.
 */
@TestPropertySource(properties = "pump.ack-wait-ms=800")
class StationOutageTest extends PumpTestSupport {

    @BeforeEach
    void prices() {
        pushPrices(Map.of("95", 1580L));
    }

    @Test
    void aSaleIsAnsweredOnceTheStationHoldsIt() {
        pump.ok("/api/dispense/start", "{\"fuel\":\"95\"}");

        JsonNode sale = pump.ok("/api/dispense/finish", "{\"litres\":45}");

        assertThat(sale.get("acknowledged").asBoolean()).isTrue();
        assertThat(ledger.holds(sale.get("saleId").asText())).isTrue();
        assertThat(sale.get("total").asLong()).isEqualTo(71_100);
        assertThat(sale.get("stationId").asText()).isEqualTo(STATION_ID);
        assertThat(sale.get("pumpId").asText()).isEqualTo(PUMP_ID);
        assertThat(pump.view().get("unackedSales").asLong()).isZero();
    }

    @Test
    void aStationThatDoesNotAcknowledgeIsWaitedForABoundedTime() {
        int storedBefore = ledger.storedCount();
        station.holdAcks(true);
        pump.ok("/api/dispense/start", "{\"fuel\":\"95\"}");

        long began = System.nanoTime();
        JsonNode sale = pump.ok("/api/dispense/finish", "{\"litres\":10}");
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        String saleId = sale.get("saleId").asText();
        assertThat(sale.get("acknowledged").asBoolean()).isFalse();
        assertThat(tookMillis).isBetween(800L, 5_000L);
        assertThat(ledger.holds(saleId)).isTrue();
        assertThat(pump.view().get("unackedSales").asLong()).isEqualTo(1);

        station.holdAcks(false);
        await().atMost(WAIT).until(() -> pump.view().get("unackedSales").asLong() == 0);
        assertThat(ledger.deliveries(saleId)).as("resent while unacknowledged").isGreaterThanOrEqualTo(2);
        assertThat(ledger.storedCount()).as("stored once").isEqualTo(storedBefore + 1);
    }

    @Test
    void aSaleMadeWhileTheStationIsDownArrivesOnceWhenItReturns() throws IOException {
        stationDown();

        pump.ok("/api/dispense/start", "{\"fuel\":\"95\"}");
        long began = System.nanoTime();
        JsonNode sale = pump.ok("/api/dispense/finish", "{\"litres\":2}");
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        String saleId = sale.get("saleId").asText();
        assertThat(sale.get("acknowledged").asBoolean()).isFalse();
        assertThat(tookMillis).as("answered without waiting for an ack").isLessThan(800);
        assertThat(pump.view().get("unackedSales").asLong()).isEqualTo(1);
        assertThat(pump.state()).isEqualTo("FREE");
        assertThat(ledger.holds(saleId)).isFalse();

        stationUp();
        await().atMost(WAIT).until(() -> pump.view().get("unackedSales").asLong() == 0);
        assertThat(ledger.holds(saleId)).isTrue();
        assertThat(ledger.sale(saleId).total()).isEqualTo(3160);

        int delivered = ledger.deliveries(saleId);
        int beats = station.heartbeats(PUMP_ID);
        await().atMost(WAIT).until(() -> station.heartbeats(PUMP_ID) >= beats + 3);
        assertThat(ledger.deliveries(saleId)).as("no resend after the ack").isEqualTo(delivered);
    }

}
