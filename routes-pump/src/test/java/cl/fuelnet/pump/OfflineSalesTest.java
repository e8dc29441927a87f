package cl.fuelnet.pump;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With pump.offline-sales=false: a fill that was running when the station went away still finishes and its sale
 * is kept, but no new fill starts until the station is back.
 */
@TestPropertySource(properties = "pump.offline-sales=false")
class OfflineSalesTest extends PumpTestSupport {

    @Test
    void aRunningFillFinishesOfflineButNoNewOneStarts() throws IOException {
        pushPrices(Map.of("97", 1390L));
        pump.ok("/api/dispense/start", "{\"fuel\":\"97\"}");
        stationDown();

        JsonNode sale = pump.ok("/api/dispense/finish", "{\"litres\":30}");
        assertThat(sale.get("total").asLong()).isEqualTo(41_700);
        assertThat(sale.get("acknowledged").asBoolean()).isFalse();
        assertThat(pump.view().get("unackedSales").asLong()).isEqualTo(1);

        PumpHttp.Reply refused = pump.post("/api/dispense/start", "{\"fuel\":\"97\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("pump 2-1 cannot reach its station and may not sell offline");
        assertThat(pump.state()).isEqualTo("FREE");

        stationUp();
        await().atMost(WAIT).until(() -> ledger.holds(sale.get("saleId").asText()));
        pump.ok("/api/dispense/start", "{\"fuel\":\"97\"}");
        assertThat(pump.state()).isEqualTo("DISPENSING");
    }
}
