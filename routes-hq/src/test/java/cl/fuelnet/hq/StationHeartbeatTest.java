package cl.fuelnet.hq;

import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.PumpStatus;
import cl.fuelnet.model.message.Totals;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A station is up while it heartbeats, shown down within the configured window (interval x missed) once it stops,
 * and up again when it returns; each change is an alert at {@code GET /api/alerts}.
 */
class StationHeartbeatTest extends HqTestSupport {

    private static final Duration WINDOW = Duration.ofMillis(HEARTBEAT_MS * MISSED);
    private static final Totals TOTALS = new Totals(0, 0, 0);

    @Test
    void silentStationIsDownWithinTheWindowAndUpWhenItReturns() throws Exception {
        TestStation station = station("7");
        station.hello(currentVersion(), TOTALS);
        station.startHeartbeats(Duration.ofMillis(HEARTBEAT_MS), () -> heartbeat("7"));

        await().atMost(Duration.ofSeconds(5)).until(() -> connected("7"));
        await().during(WINDOW.multipliedBy(2)).atMost(WINDOW.multipliedBy(4)).until(() -> connected("7"));
        JsonNode shown = stationJson("7");
        assertThat(shown.get("markup").decimalValue()).isEqualByComparingTo("1.05");
        assertThat(shown.get("priceVersion").asLong()).isEqualTo(currentVersion());
        assertThat(shown.get("lastHeartbeat").asText()).isNotBlank();
        assertThat(shown.get("pumps").get(1).get("state").asText()).isEqualTo("DISPENSING");
        assertThat(shown.get("pumps").get(1).get("pendingPrices").get("95").asLong()).isEqualTo(1500);

        station.stopHeartbeats();
        Instant stopped = Instant.now();
        await().atMost(WINDOW.plusSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> !connected("7"));
        Duration silentFor = Duration.between(stopped, Instant.now());

        assertThat(silentFor).isGreaterThanOrEqualTo(WINDOW.minusMillis(HEARTBEAT_MS + 50));
        assertThat(silentFor).isLessThanOrEqualTo(WINDOW.plusMillis(500));
        assertThat(stationJson("7").get("downReason").asText()).contains("no heartbeat");
        JsonNode down = api.getJson("/api/alerts?stationId=7").get(0);
        assertThat(down.get("kind").asText()).isEqualTo("STATION_DOWN");
        assertThat(down.get("detail").asText()).contains(MISSED + " missed at " + HEARTBEAT_MS + " ms");
        await().atMost(Duration.ofSeconds(2)).until(station::closedByPeer);

        TestStation back = station("7");
        back.hello(currentVersion(), TOTALS);
        back.startHeartbeats(Duration.ofMillis(HEARTBEAT_MS), () -> heartbeat("7"));

        await().atMost(Duration.ofSeconds(2)).until(() -> connected("7"));
        JsonNode alerts = api.getJson("/api/alerts?stationId=7");
        assertThat(alerts.findValuesAsText("kind")).containsExactly("STATION_UP", "STATION_DOWN", "STATION_UP");
        assertThat(stationJson("7").get("downReason").isNull()).isTrue();
    }

    @Test
    void stationWhoseLinkClosesIsDownAtOnce() throws Exception {
        TestStation station = station("8");
        station.hello(currentVersion(), TOTALS);
        await().atMost(Duration.ofSeconds(5)).until(() -> connected("8"));

        station.close();

        await().atMost(WINDOW.dividedBy(2)).pollInterval(Duration.ofMillis(10)).until(() -> !connected("8"));
        JsonNode down = api.getJson("/api/alerts?stationId=8&kind=STATION_DOWN").get(0);
        assertThat(down.get("detail").asText()).isEqualTo("link closed");
    }

    @Test
    void unknownAlertKindIsBadInput() {
        HqApi.Reply reply = api.get("/api/alerts?kind=FIRE");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).contains("kind must be one of");
    }

    private Heartbeat heartbeat(String stationId) {
        List<PumpStatus> pumps = List.of(
                new PumpStatus(stationId + "-1", "FREE", true, 1, Map.of()),
                new PumpStatus(stationId + "-2", "DISPENSING", true, 1, Map.of("95", 1500L)));
        return new Heartbeat(stationId, 1, new BigDecimal("1.05"), TOTALS, pumps);
    }

    private boolean connected(String stationId) {
        JsonNode station = stationJson(stationId);
        return station != null && station.get("connected").asBoolean();
    }

    private JsonNode stationJson(String stationId) {
        for (JsonNode station : api.getJson("/api/stations")) {
            if (stationId.equals(station.get("stationId").asText())) {
                return station;
            }
        }
        return null;
    }
}
