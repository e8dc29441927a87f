package cl.fuelnet.hq;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * What head office does on its own clock: applies held price changes whose time has come, then broadcasts the
 * new prices. Stations that stop sending are found by their link's idle watch, not by a timer.
 */
@Component
public class HqTimerRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:price-schedule?period={{hq.schedule-check-ms}}&delay=0")
                .routeId("hq-price-schedule")
                .bean(PriceSchedule.class, "applyDue").id("apply-due-prices")
                .filter(simple("${body.size} > 0"))
                    .to("direct:broadcast-prices").id("broadcast-scheduled-prices")
                .end();
    }
}
