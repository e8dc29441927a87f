package cl.fuelnet.hq;

import cl.fuelnet.node.ApiErrorPolicy;
import cl.fuelnet.node.JsonBodies;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Head office's HTTP API: prices, stations and the consolidated sales. */
@Component
public class HqApiRoutes extends RouteBuilder {

    @Override
    public void configure() {
        rest("/api")
                .get("/prices").to("direct:get-prices")
                .put("/prices").to("direct:put-prices")
                .get("/stations").to("direct:get-stations")
                .get("/sales").to("direct:get-sales");

        from("direct:get-prices").routeId("hq-api-get-prices").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PriceBook.class, "current")
                .to("direct:json");

        from("direct:put-prices").routeId("hq-api-put-prices").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(JsonBodies.class, "tree")
                .bean(PriceBook.class, "validate")
                .bean(PriceBook.class, "apply(${body}, 'API')")
                .wireTap("direct:broadcast-prices")
                .to("direct:json");

        from("direct:get-stations").routeId("hq-api-get-stations").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(StationRegistry.class, "all")
                .to("direct:json");

        from("direct:get-sales").routeId("hq-api-get-sales").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(SalesQuery.class, "find")
                .to("direct:json");

        from("direct:json").routeId("hq-api-json")
                .bean(JsonBodies.class, "write")
                .setHeader("Content-Type", constant("application/json"));
    }
}
