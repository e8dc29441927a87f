package cl.fuelnet.hq;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * What head office does on its own clock: looks for stations that stopped sending heartbeats, and applies held
 * price changes whose time has come (then broadcasts the new prices).
 */
@Component
public class HqTimerRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:station-watch?period={{hq.watch-interval-ms}}&delay={{hq.watch-interval-ms}}")
                .routeId("hq-station-watch")
                .bean(StationRegistry.class, "sweep").id("sweep-silent-stations");

        from("timer:price-schedule?period={{hq.schedule-check-ms}}&delay=0")
                .routeId("hq-price-schedule")
                .bean(PriceSchedule.class, "applyDue").id("apply-due-prices")
                .filter(simple("${body.size} > 0"))
                    .to("direct:broadcast-prices").id("broadcast-scheduled-prices")
                .end();
    }
}
