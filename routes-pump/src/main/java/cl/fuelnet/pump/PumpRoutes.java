package cl.fuelnet.pump;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.link.LinkEvents;
import cl.fuelnet.model.link.Links;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.WireCodec;
import cl.fuelnet.node.ApiErrorPolicy;
import cl.fuelnet.node.JsonBodies;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The pumps' routes: each pump's link to its station (dialled and redialled by the pump), the heartbeat and the
 * fill ticker, and the HTTP API of every pump.
 */
@Component
public class PumpRoutes extends RouteBuilder {

    static final String TYPE = "FuelMessageType";

    private final PumpProperties properties;
    private final Pumps pumps;

    public PumpRoutes(PumpProperties properties, Pumps pumps) {
        this.properties = properties;
        this.pumps = pumps;
    }

    @Override
    public void configure() {
        bindToContext("pumpLinkEncoders", Links.encoders());
        for (Pump pump : pumps.all()) {
            stationLink(pump.pumpId());
        }

        from("timer:pump-heartbeat?period={{pump.heartbeat-interval-ms}}").routeId("pump-heartbeat")
                .bean(StationMessages.class, "beat");

        from("timer:pump-fill-ticker?period={{pump.tick-ms}}").routeId("pump-fill-ticker")
                .bean(StationMessages.class, "tick");

        rest("/api")
                .get("/pump").to("direct:get-pump")
                .post("/dispense/start").to("direct:start")
                .post("/dispense/finish").to("direct:finish")
                .post("/dispense/stop").to("direct:stop")
                .post("/dispense").to("direct:dispense");

        api("direct:get-pump", "pump-api-get-pump", "view");
        api("direct:start", "pump-api-start", "start");
        api("direct:finish", "pump-api-finish", "finish");
        api("direct:stop", "pump-api-stop", "stop");
        api("direct:dispense", "pump-api-dispense", "dispense");

        rest("/control/pumps/{pumpId}")
                .post("/stop").to("direct:control-stop")
                .post("/start").to("direct:control-start");

        from("direct:control-stop").routeId("pump-control-stop").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PumpControl.class, "stop(${header.pumpId})")
                .bean(JsonBodies.class, "write");
        from("direct:control-start").routeId("pump-control-start").routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PumpControl.class, "start(${header.pumpId})")
                .bean(JsonBodies.class, "write");
    }

    private void api(String uri, String routeId, String method) {
        from(uri).routeId(routeId).routeConfigurationId(ApiErrorPolicy.ID)
                .bean(PumpApi.class, method)
                .bean(JsonBodies.class, "write")
                .setHeader("Content-Type", constant("application/json"));
    }

    private void stationLink(String pumpId) {
        String decoders = "pumpLinkDecoders-" + pumpId;
        bindToContext(decoders, Links.decoders(properties.maxFrameBytes(), properties.silenceLimitMs(),
                new LinkEvents("station link of pump " + pumpId, pumps.link(pumpId))));

        from("netty:tcp://{{pump.station-host}}:{{pump.station-port}}?clientMode=true&reconnect=true"
                + "&reconnectInterval={{pump.station-redial-ms}}&sync=true&reuseChannel=true"
                + "&disconnectOnNoReply=false&noReplyLogLevel=OFF"
                + "&decoders=#" + decoders + "&encoders=#pumpLinkEncoders")
                .routeId(linkRouteId(pumpId))
                .onException(InvalidInputException.class).handled(true)
                    .log(LoggingLevel.WARN, "Pump " + pumpId + " refused a message: ${exception.message}")
                    .setBody(constant(null))
                .end()
                .setHeader(PumpWeb.PUMP_HEADER, constant(pumpId))
                .bean(WireCodec.class, "decode")
                .setHeader(TYPE, simple("${body.type}"))
                .choice()
                    .when(header(TYPE).isEqualTo(MessageType.PRICE_UPDATE)).bean(StationMessages.class, "priceUpdate")
                    .when(header(TYPE).isEqualTo(MessageType.SALE_ACK)).bean(StationMessages.class, "saleAck")
                    .when(header(TYPE).isEqualTo(MessageType.ERROR)).bean(StationMessages.class, "error")
                    .otherwise().setBody(constant(null))
                .end();
    }

    static String linkRouteId(String pumpId) {
        return "pump-" + pumpId + "-link";
    }

    private void bindToContext(String name, Object bean) {
        getContext().getRegistry().bind(name, bean);
    }
}
