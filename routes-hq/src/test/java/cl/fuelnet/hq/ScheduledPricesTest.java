package cl.fuelnet.hq;

import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.Totals;
import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A price change with a future {@code effectiveAt} is stored and held, then applied at its time as a new version
 * and broadcast; several held changes apply one by one in the order of their times.
 */
class ScheduledPricesTest extends HqTestSupport {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void twoHeldChangesApplyInOrderAtTheirTimes() throws Exception {
        long start = currentVersion();
        TestStation station = onlineStation("1", new Totals(0, 0, 0));
        Instant first = Instant.now().plusMillis(1500);
        Instant second = first.plusMillis(1000);

        // The later change is sent first: the order is that of the times, not of the requests.
        HqApi.Reply late = api.put("/api/prices", change("{\"95\":1510,\"97\":1600}", second));
        HqApi.Reply early = api.put("/api/prices", change("{\"95\":1500}", first));

        assertThat(late.status()).isEqualTo(202);
        assertThat(early.status()).isEqualTo(202);
        assertThat(early.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(currentVersion()).isEqualTo(start);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM price_schedule WHERE status = 'PENDING'", Long.class))
                .isEqualTo(2);
        JsonNode pending = api.getJson("/api/prices/scheduled");
        assertThat(pending.get(0).get("effectiveAt").asText()).isEqualTo(Times.stored(first));
        assertThat(pending.get(1).get("effectiveAt").asText()).isEqualTo(Times.stored(second));

        PriceUpdate atFirst = WireCodec.body(station.take(MessageType.PRICE_UPDATE, Duration.ofSeconds(5)),
                PriceUpdate.class);
        Instant firstSeen = Instant.now();
        PriceUpdate atSecond = WireCodec.body(station.take(MessageType.PRICE_UPDATE, Duration.ofSeconds(5)),
                PriceUpdate.class);
        Instant secondSeen = Instant.now();

        assertThat(atFirst.version()).isEqualTo(start + 1);
        assertThat(atFirst.prices()).containsEntry("95", 1500L).doesNotContainEntry("97", 1600L);
        assertThat(atSecond.version()).isEqualTo(start + 2);
        assertThat(atSecond.prices()).containsEntry("95", 1510L).containsEntry("97", 1600L);
        assertThat(firstSeen).isAfterOrEqualTo(first).isBefore(first.plusMillis(700));
        assertThat(secondSeen).isAfterOrEqualTo(second).isBefore(second.plusMillis(700));

        JsonNode history = api.getJson("/api/prices/history?limit=2");
        assertThat(history.findValuesAsText("origin")).containsExactly("SCHEDULED", "SCHEDULED");
        assertThat(history.get(1).get("scheduleId").asLong()).isEqualTo(early.json().get("scheduleId").asLong());
        assertThat(history.get(0).get("scheduleId").asLong()).isEqualTo(late.json().get("scheduleId").asLong());
        Instant appliedFirst = Instant.parse(history.get(1).get("createdAt").asText());
        assertThat(appliedFirst).isAfterOrEqualTo(first.minusMillis(1));
        JsonNode held = api.getJson("/api/prices/scheduled");
        assertThat(held.findValuesAsText("status")).doesNotContain("PENDING");
    }

    @Test
    void heldChangeCanBeCancelledBeforeItsTime() {
        long start = currentVersion();
        JsonNode held = api.put("/api/prices", change("{\"DIESEL\":1000}", Instant.now().plusSeconds(1)))
                .json();
        NotifyBuilder ticks = new NotifyBuilder(camelContext).fromRoute("hq-price-schedule").whenDone(25).create();

        HqApi.Reply cancelled = api.delete("/api/prices/scheduled/" + held.get("scheduleId").asLong());

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(ticks.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(currentVersion()).isEqualTo(start);
        HqApi.Reply again = api.delete("/api/prices/scheduled/" + held.get("scheduleId").asLong());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).contains("CANCELLED");
    }

    private static String change(String prices, Instant at) {
        return "{\"prices\":" + prices + ",\"effectiveAt\":\"" + at + "\"}";
    }
}
