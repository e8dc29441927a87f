package cl.fuelnet.hq;

import cl.fuelnet.node.ApiErrorPolicy;
import cl.fuelnet.node.JsonBodies;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Head office's HTTP API: prices (now or held until a time), their history and reach, stations and their
 * alerts, the consolidated sales and the sales report as JSON, CSV and PDF.
 */
@Component
public class HqApiRoutes extends RouteBuilder {

    private static final String CONTENT_TYPE = Exchange.CONTENT_TYPE;

    @Override
    public void configure() {
        rest("/api")
                .get("/prices").to("direct:get-prices")
                .put("/prices").to("direct:put-prices")
                .get("/prices/history").to("direct:get-price-history")
                .get("/prices/scheduled").to("direct:get-price-schedule")
                .delete("/prices/scheduled/{scheduleId}").to("direct:cancel-price-change")
                .get("/prices/{version}/propagation").to("direct:get-price-propagation")
                .get("/stations").to("direct:get-stations")
                .get("/alerts").to("direct:get-alerts")
                .get("/sales").to("direct:get-sales")
                .get("/reports/sales").to("direct:get-sales-report")
                .get("/reports/sales.csv").to("direct:get-sales-report-csv")
                .get("/reports/sales.pdf").to("direct:get-sales-report-pdf");

        from("direct:get-prices").routeId("hq-api-get-prices").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PriceBook.class, "current")
                .to("direct:json");

        from("direct:put-prices").routeId("hq-api-put-prices").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(JsonBodies.class, "tree")
                .bean(PriceRequests.class, "read").id("read-price-change")
                .choice()
                    .when(simple("${body.scheduled}")).to("direct:hold-prices")
                    .otherwise().to("direct:apply-prices")
                .end()
                .to("direct:json");

        from("direct:apply-prices").routeId("hq-api-apply-prices")
                .bean(PriceBook.class, "apply(${body.prices}, 'API')").id("apply-price-change")
                .wireTap("direct:broadcast-prices");

        from("direct:hold-prices").routeId("hq-api-hold-prices")
                .bean(PriceSchedule.class, "hold").id("hold-price-change")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(202));

        from("direct:get-price-history").routeId("hq-api-get-price-history").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PriceHistory.class, "recent")
                .to("direct:json");

        from("direct:get-price-schedule").routeId("hq-api-get-price-schedule")
                .routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PriceSchedule.class, "list")
                .to("direct:json");

        from("direct:cancel-price-change").routeId("hq-api-cancel-price-change")
                .routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PriceSchedule.class, "cancel")
                .to("direct:json");

        from("direct:get-price-propagation").routeId("hq-api-get-price-propagation")
                .routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PricePropagation.class, "view")
                .to("direct:json");

        from("direct:get-stations").routeId("hq-api-get-stations").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(StationRegistry.class, "all")
                .to("direct:json");

        from("direct:get-alerts").routeId("hq-api-get-alerts").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(StationAlerts.class, "recent")
                .to("direct:json");

        from("direct:get-sales").routeId("hq-api-get-sales").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(SalesQuery.class, "find")
                .to("direct:json");

        from("direct:get-sales-report").routeId("hq-api-get-sales-report").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(SalesReports.class, "report")
                .to("direct:json");

        from("direct:get-sales-report-csv").routeId("hq-api-get-sales-report-csv")
                .routeConfigurationId(ApiErrorPolicy.ID)
                .bean(SalesReports.class, "report")
                .bean(SalesReportCsv.class, "render")
                .setHeader(CONTENT_TYPE, constant("text/csv; charset=UTF-8"))
                .setHeader("Content-Disposition", constant("attachment; filename=\"sales-report.csv\""));

        from("direct:get-sales-report-pdf").routeId("hq-api-get-sales-report-pdf")
                .routeConfigurationId(ApiErrorPolicy.ID)
                .bean(SalesReports.class, "report")
                .bean(SalesReportPdf.class, "render")
                .setHeader(CONTENT_TYPE, constant("application/pdf"))
                .setHeader("Content-Disposition", constant("attachment; filename=\"sales-report.pdf\""));

        from("direct:json").routeId("hq-api-json")
                .bean(JsonBodies.class, "write")
                .setHeader(CONTENT_TYPE, constant("application/json"));
    }
}
