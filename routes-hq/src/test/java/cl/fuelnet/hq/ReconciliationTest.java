package cl.fuelnet.hq;

import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.Totals;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A station reports its own totals in HELLO and heartbeats; once it has nothing left to sync, head office
 * compares them with what it stored and flags a station that disagrees in {@code GET /api/stations} and in the
 * alerts; the flag clears, with an alert, when they agree again.
 */
class ReconciliationTest extends HqTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void stationWhoseTotalsDifferFromHeadOfficeIsFlagged() throws Exception {
        List<Sale> sales = TestSales.many("6", 10, Instant.parse("2026-05-01T08:00:00Z"));
        long amount = sales.stream().mapToLong(Sale::total).sum();
        TestStation station = onlineStation("6", new Totals(10, amount, 10));
        await().atMost(WAIT).until(() -> "SYNCING".equals(status("6")));

        station.storeBatch(sales, WAIT);
        station.totals(new Totals(10, amount, 0));

        await().atMost(WAIT).until(() -> "MATCH".equals(status("6")));
        JsonNode match = reconciliation("6");
        assertThat(match.get("hqSales").asLong()).isEqualTo(10);
        assertThat(match.get("hqAmount").asLong()).isEqualTo(amount);

        station.totals(new Totals(11, amount + 1500, 0));

        await().atMost(WAIT).until(() -> "MISMATCH".equals(status("6")));
        JsonNode mismatch = reconciliation("6");
        assertThat(mismatch.get("stationSales").asLong()).isEqualTo(11);
        assertThat(mismatch.get("hqSales").asLong()).isEqualTo(10);
        JsonNode alert = api.getJson("/api/alerts?stationId=6&kind=TOTALS_MISMATCH");
        assertThat(alert).hasSize(1);
        assertThat(alert.get(0).get("detail").asText())
                .isEqualTo("station 11 sales / $" + (amount + 1500) + ", head office 10 sales / $" + amount);

        station.totals(new Totals(10, amount, 0));

        await().atMost(WAIT).until(() -> "MATCH".equals(status("6")));
        assertThat(api.getJson("/api/alerts?stationId=6&kind=TOTALS_MATCH")).hasSize(1);
        assertThat(api.getJson("/api/alerts?stationId=6&kind=TOTALS_MISMATCH")).hasSize(1);
    }

    private String status(String stationId) {
        JsonNode state = reconciliation(stationId);
        return state == null ? null : state.get("status").asText();
    }

    private JsonNode reconciliation(String stationId) {
        for (JsonNode station : api.getJson("/api/stations")) {
            if (stationId.equals(station.get("stationId").asText())) {
                return station.get("reconciliation");
            }
        }
        return null;
    }
}
