package cl.fuelnet.pump;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Each pump's link to its station as health, and each pump's sales the station has not acknowledged as a metric. */
@Configuration
public class PumpHealth {

    /** UP when every pump of the process reaches its station; DOWN otherwise (the pumps keep their sales). */
    @Bean
    HealthIndicator stationLinksHealth(Pumps pumps) {
        return () -> {
            Map<String, String> links = new LinkedHashMap<>();
            pumps.all().forEach(pump -> links.put(pump.pumpId(), pumps.link(pump.pumpId()).status()));
            boolean all = links.values().stream().allMatch(StationLinks.CONNECTED::equals);
            return (all ? Health.up() : Health.down()).withDetails(Map.copyOf(links)).build();
        };
    }

    @Bean
    Object pumpMeters(MeterRegistry registry, Pumps pumps, PumpStore store) {
        pumps.all().forEach(pump -> Gauge.builder("fuel.sales.unacked", store, s -> s.unackedCount(pump.pumpId()))
                .tags(Tags.of("pump", pump.pumpId()))
                .description("sales the station has not acknowledged yet").register(registry));
        return Map.of();
    }
}
