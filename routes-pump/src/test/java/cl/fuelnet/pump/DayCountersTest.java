package cl.fuelnet.pump;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day's counters per fuel start again at local midnight (America/Santiago); the totalizers only grow, and each
 * sale carries the totalizer reading at its end.
 */
@Import(DayCountersTest.Clocks.class)
class DayCountersTest extends PumpTestSupport {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    @Autowired
    private MovableClock clock;

    /** Imported by this test only; not a scanned configuration, so other pump contexts keep the system clock. */
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Test
    void countersStartAgainAtLocalMidnightAndTotalizersKeepGrowing() {
        pushPrices(Map.of("93", 1290L, "95", 1580L));
        clock.moveTo(LocalDateTime.of(2025, 6, 30, 23, 58).atZone(SANTIAGO).toInstant());

        JsonNode first = sell("95", "10");
        JsonNode second = sell("93", "5.5");
        JsonNode third = sell("95", "0.001");
        assertThat(first.get("totalizer").asText()).isEqualTo("10.000");
        assertThat(second.get("totalizer").asText()).isEqualTo("5.500");
        assertThat(third.get("totalizer").asText()).isEqualTo("10.001");

        JsonNode lateEvening = pump.view();
        assertThat(lateEvening.get("counters").get("95").get("litres").asText()).isEqualTo("10.001");
        assertThat(lateEvening.get("counters").get("95").get("sales").asLong()).isEqualTo(2);
        assertThat(lateEvening.get("counters").get("95").get("amount").asLong()).isEqualTo(15_800 + 2);
        assertThat(lateEvening.get("counters").get("93").get("amount").asLong()).isEqualTo(7095);

        clock.moveTo(LocalDateTime.of(2025, 7, 1, 0, 1).atZone(SANTIAGO).toInstant());
        JsonNode afterMidnight = pump.view();
        assertThat(afterMidnight.get("counters").isEmpty()).isTrue();
        assertThat(afterMidnight.get("totalizers").get("95").asText()).isEqualTo("10.001");
        assertThat(afterMidnight.get("totalizers").get("93").asText()).isEqualTo("5.500");

        JsonNode morning = sell("95", "2");
        assertThat(morning.get("totalizer").asText()).isEqualTo("12.001");
        JsonNode view = pump.view();
        assertThat(view.get("counters").size()).isEqualTo(1);
        assertThat(view.get("counters").get("95").get("litres").asText()).isEqualTo("2.000");
        assertThat(view.get("counters").get("95").get("sales").asLong()).isEqualTo(1);
        assertThat(view.get("counters").get("95").get("amount").asLong()).isEqualTo(3160);
        assertThat(view.get("totalizers").get("95").asText()).isEqualTo("12.001");
    }

    @Test
    void midnightIsLocalNotUtc() {
        pushPrices(Map.of("97", 1000L));
        clock.moveTo(LocalDateTime.of(2025, 8, 1, 22, 0).atZone(SANTIAGO).toInstant());
        sell("97", "1");

        clock.moveTo(LocalDateTime.of(2025, 8, 1, 23, 30).atZone(SANTIAGO).toInstant());
        assertThat(clock.instant().atZone(ZoneOffset.UTC).toLocalDate()).as("already the 2nd in UTC")
                .isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(pump.view().get("counters").get("97").get("sales").asLong()).isEqualTo(1);
    }

    private JsonNode sell(String fuel, String litres) {
        pump.ok("/api/dispense/start", "{\"fuel\":\"" + fuel + "\"}");
        return pump.ok("/api/dispense/finish", "{\"litres\":" + litres + "}");
    }

    /** System time moved by an offset the test sets, so fills still flow while the day can be crossed. */
    static final class MovableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void moveTo(Instant now) {
            offset = Duration.between(Instant.now(), now);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the pumps read instants only");
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
