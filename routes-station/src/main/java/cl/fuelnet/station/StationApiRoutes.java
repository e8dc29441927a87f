package cl.fuelnet.station;

import cl.fuelnet.node.ApiErrorPolicy;
import cl.fuelnet.node.JsonBodies;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The station's HTTP API: its link to HQ, prices and markup, pumps, sales, price history, a manual sync, backups and
 * the log check.
 */
@Component
public class StationApiRoutes extends RouteBuilder {

    @Override
    public void configure() {
        rest("/api")
                .get("/station").to("direct:get-station")
                .get("/prices").to("direct:get-prices")
                .put("/markup").to("direct:put-markup")
                .get("/pumps").to("direct:get-pumps")
                .get("/sales").to("direct:get-sales")
                .get("/price-history").to("direct:get-price-history")
                .post("/sync").to("direct:post-sync")
                .post("/backups").to("direct:post-backup")
                .get("/backups").to("direct:get-backups")
                .post("/journal/check").to("direct:post-journal-check");

        from("direct:get-station").routeId("station-api-get-station").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(StationView.class, "station")
                .to("direct:json");

        from("direct:get-prices").routeId("station-api-get-prices").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(StationPrices.class, "view")
                .to("direct:json");

        from("direct:put-markup").routeId("station-api-put-markup").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(JsonBodies.class, "tree")
                .bean(StationPrices.class, "changeMarkup")
                .bean(PumpBoard.class, "distribute")
                .to("direct:report-prices")
                .bean(StationPrices.class, "view")
                .to("direct:json");

        from("direct:get-pumps").routeId("station-api-get-pumps").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PumpBoard.class, "view")
                .to("direct:json");

        from("direct:get-sales").routeId("station-api-get-sales").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(StationView.class, "sales")
                .to("direct:json");

        from("direct:get-price-history").routeId("station-api-get-price-history")
                .routeConfigurationId(ApiErrorPolicy.ID)
                .bean(StationView.class, "priceHistory")
                .to("direct:json");

        from("direct:post-sync").routeId("station-api-post-sync").routeConfigurationId(ApiErrorPolicy.ID)
                .to("direct:sync-now")
                .bean(StationView.class, "station")
                .to("direct:json");

        from("direct:post-backup").routeId("station-api-post-backup").routeConfigurationId(ApiErrorPolicy.ID)
                .to("direct:take-backup")
                .to("direct:json");

        from("direct:get-backups").routeId("station-api-get-backups").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(StationBackups.class, "list")
                .to("direct:json");

        from("direct:post-journal-check").routeId("station-api-post-journal-check")
                .routeConfigurationId(ApiErrorPolicy.ID)
                .bean(JournalCheck.class, "run")
                .to("direct:json");

        from("direct:json").routeId("station-api-json")
                .bean(JsonBodies.class, "write")
                .setHeader("Content-Type", constant("application/json"));
    }
}
