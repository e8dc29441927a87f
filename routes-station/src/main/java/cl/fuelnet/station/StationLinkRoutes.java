package cl.fuelnet.station;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.link.LinkEvents;
import cl.fuelnet.model.link.Links;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.WireCodec;
import io.netty.channel.ChannelHandler;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The station's two links: a TCP server its pumps dial, and its own connection to HQ, which {@link HqDialer}
 * dials and redials. Each line is decoded and handed to the step for its type; the step's answer goes back on the same
 * connection.
 */
@Component
public class StationLinkRoutes extends RouteBuilder {

    static final String TYPE = "FuelMessageType";
    static final String HQ_ROUTE = "station-hq-link";
    static final String LINK_OPTIONS = "sync=true&reuseChannel=true&disconnectOnNoReply=false&noReplyLogLevel=OFF";

    private final HqWorkers hqWorkers;

    public StationLinkRoutes(HqWorkers hqWorkers) {
        this.hqWorkers = hqWorkers;
    }

    @Override
    public void configure() {
        getContext().getRegistry().bind("hqWorkerGroup", hqWorkers.group());

        from("netty:tcp://0.0.0.0:{{station.pump-port}}?" + LINK_OPTIONS
                + "&decoders=#pumpLinkDecoders&encoders=#linkEncoders")
                .routeId("station-pump-link")
                .onException(InvalidInputException.class).handled(true).bean(PumpMessages.class, "refuse").end()
                .onException(Exception.class).handled(true).bean(PumpMessages.class, "unacknowledged").end()
                .filter(method(PumpMessages.class, "fromRefusedLink")).setBody(constant(null)).stop().end()
                .bean(WireCodec.class, "decode").id("decode-pump-line")
                .setHeader(TYPE, simple("${body.type}"))
                .choice()
                    .when(header(TYPE).isEqualTo(MessageType.SALE))
                        .bean(PumpMessages.class, "sale").id("record-sale")
                        .wireTap("direct:sync-now").endChoice()
                    .when(header(TYPE).isEqualTo(MessageType.PUMP_STATE))
                        .bean(PumpMessages.class, "pumpState")
                        .wireTap("direct:report-prices").endChoice()
                    .when(header(TYPE).isEqualTo(MessageType.HEARTBEAT)).bean(PumpMessages.class, "heartbeat")
                    .when(header(TYPE).isEqualTo(MessageType.HELLO))
                        .bean(PumpMessages.class, "hello")
                        .wireTap("direct:report-prices").endChoice()
                    .otherwise().throwException(new InvalidInputException("unexpected message type from a pump"))
                .end();

        from("netty:tcp://{{station.hq-host}}:{{station.hq-port}}?clientMode=true&reconnect=false"
                + "&workerGroup=#hqWorkerGroup&" + LINK_OPTIONS + "&decoders=#hqLinkDecoders&encoders=#linkEncoders")
                .routeId(HQ_ROUTE).autoStartup(false)
                .onException(InvalidInputException.class).handled(true)
                    .log(org.apache.camel.LoggingLevel.WARN, "Refused a message from HQ: ${exception.message}")
                    .setBody(constant(null))
                .end()
                .bean(WireCodec.class, "decode").id("decode-hq-line")
                .bean(HqMessages.class, "heard")
                .setHeader(TYPE, simple("${body.type}"))
                .choice()
                    .when(header(TYPE).isEqualTo(MessageType.PRICE_UPDATE)).bean(HqMessages.class, "priceUpdate")
                    .when(header(TYPE).isEqualTo(MessageType.SALE_BATCH_ACK)).bean(HqMessages.class, "batchAck")
                    .when(header(TYPE).isEqualTo(MessageType.ERROR)).bean(HqMessages.class, "error")
                    .otherwise().setBody(constant(null))
                .end();

        from("timer:station-hq-first-dial?repeatCount=1").routeId("station-hq-first-dial")
                .bean(HqDialer.class, "start");

        from("seda:hq-connected").routeId("station-hq-greet")
                .bean(HqMessages.class, "greet");

        from("timer:station-heartbeat?period={{station.heartbeat-interval-ms}}").routeId("station-heartbeat")
                .bean(HqMessages.class, "beat");

        from("direct:sync-now").routeId("station-sync-now")
                .bean(HqMessages.class, "syncNow");

        from("direct:report-prices").routeId("station-report-prices")
                .bean(HqMessages.class, "reportPrices");
    }

    @Bean
    static List<ChannelHandler> pumpLinkDecoders(StationProperties properties, PumpBoard pumps) {
        return Links.decoders(properties.pumpMaxFrameBytes(), properties.silenceLimitMs(),
                new LinkEvents("pump link", pumps));
    }

    @Bean
    static List<ChannelHandler> hqLinkDecoders(StationProperties properties, HqLink link) {
        return Links.decoders(properties.hqMaxFrameBytes(), properties.silenceLimitMs(),
                new LinkEvents("HQ link", link));
    }

    @Bean
    static List<ChannelHandler> linkEncoders() {
        return Links.encoders();
    }
}
