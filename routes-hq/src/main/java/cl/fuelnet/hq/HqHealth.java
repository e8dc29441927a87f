package cl.fuelnet.hq;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/**
 * Head office's links as health (which stations are connected; a station down is an alert, not HQ being
 * unhealthy) and the count of consolidated sales as a metric. The database is Spring Boot's "db" component.
 */
@Configuration
public class HqHealth {

    @Bean
    HealthIndicator stationLinksHealth(StationRegistry registry) {
        return () -> Health.up()
                .withDetail("connected", registry.all().stream().filter(StationRegistry.Station::isConnected)
                        .map(StationRegistry.Station::getStationId).toList())
                .withDetail("down", registry.all().stream().filter(s -> !s.isConnected())
                        .map(StationRegistry.Station::getStationId).toList())
                .build();
    }

    @Bean
    Object hqMeters(MeterRegistry registry, JdbcTemplate jdbc) {
        FunctionCounter.builder("fuel.sales.stored", jdbc, HqHealth::storedSales)
                .description("sales consolidated at head office").register(registry);
        return Map.of();
    }

    private static double storedSales(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM sale", Long.class);
        return count == null ? 0 : count;
    }
}
