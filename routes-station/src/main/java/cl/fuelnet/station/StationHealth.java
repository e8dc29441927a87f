package cl.fuelnet.station;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The station's health per link (HQ, pumps; the database is Spring Boot's own "db" component) and its metrics:
 * sales stored, sales not yet at HQ and how old the oldest of them is.
 */
@Configuration
public class StationHealth {

    /** DOWN while the station is AUTONOMOUS: it sells on, but HQ does not hear from it. */
    @Bean
    HealthIndicator hqLinkHealth(HqLink link, SaleSync sync) {
        return () -> {
            String status = link.status();
            Health.Builder health = HqLink.ONLINE.equals(status) ? Health.up() : Health.down();
            return health.withDetail("hqLink", status).withDetail("unsynced", sync.unsyncedCount()).build();
        };
    }

    /** UP when every pump the station knows is connected; DOWN otherwise, naming the ones that are not. */
    @Bean
    HealthIndicator pumpLinksHealth(PumpBoard pumps) {
        return () -> {
            List<String> missing = pumps.statuses().stream().filter(p -> !p.connected()).map(p -> p.pumpId())
                    .toList();
            Health.Builder health = missing.isEmpty() ? Health.up() : Health.down();
            return health.withDetail("pumps", pumps.statuses().size()).withDetail("disconnected", missing).build();
        };
    }

    @Bean
    Object stationMeters(MeterRegistry registry, JdbcTemplate jdbc, SaleSync sync) {
        FunctionCounter.builder("fuel.sales.stored", sync, s -> s.totals().sales())
                .description("sales stored at this station").register(registry);
        Gauge.builder("fuel.sales.unsynced", sync, SaleSync::unsyncedCount)
                .description("sales HQ has not acknowledged yet").register(registry);
        Gauge.builder("fuel.sync.lag.seconds", jdbc, StationHealth::syncLagSeconds)
                .description("age of the oldest sale HQ has not acknowledged").register(registry);
        return Map.of();
    }

    private static double syncLagSeconds(JdbcTemplate jdbc) {
        String oldest = jdbc.queryForObject("SELECT MIN(stored_at) FROM sales WHERE synced = 0", String.class);
        return oldest == null ? 0 : Duration.between(Instant.parse(oldest), Instant.now()).toMillis() / 1000.0;
    }
}
