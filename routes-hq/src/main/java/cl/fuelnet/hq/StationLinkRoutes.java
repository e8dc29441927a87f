package cl.fuelnet.hq;

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
 * The station link: a TCP server every station dials and keeps open. Each line is decoded, handed to the step
 * for its type, and the step's answer (if any) goes back on the same connection. Price broadcasts go out on
 * every connected station's link.
 */
@Component
public class StationLinkRoutes extends RouteBuilder {

    static final String TYPE = "FuelMessageType";

    @Override
    public void configure() {
        onException(InvalidInputException.class)
                .handled(true)
                .bean(StationLink.class, "refuse");

        from("netty:tcp://0.0.0.0:{{hq.link-port}}?sync=true&reuseChannel=true&disconnectOnNoReply=false"
                + "&noReplyLogLevel=DEBUG&decoders=#stationLinkDecoders&encoders=#stationLinkEncoders")
                .routeId("hq-station-link")
                .bean(WireCodec.class, "decode").id("decode")
                .setHeader(TYPE, simple("${body.type}"))
                .choice()
                    .when(header(TYPE).isEqualTo(MessageType.HELLO)).bean(StationLink.class, "hello")
                    .when(header(TYPE).isEqualTo(MessageType.HEARTBEAT)).bean(StationLink.class, "heartbeat")
                    .when(header(TYPE).isEqualTo(MessageType.SALE_BATCH)).bean(StationLink.class, "saleBatch")
                    .when(header(TYPE).isEqualTo(MessageType.PRICE_ACK)).bean(StationLink.class, "priceAck")
                    .otherwise().throwException(new InvalidInputException("unexpected message type"))
                .end();

        from("direct:broadcast-prices")
                .routeId("hq-price-broadcast")
                .setHeader("FuelLine", method(PriceBroadcast.class, "line"))
                .split(method(StationRegistry.class, "connectedChannels"))
                    .bean(PriceBroadcast.class, "send")
                .end();
    }

    @Bean
    static List<ChannelHandler> stationLinkDecoders(HqProperties properties, StationRegistry registry) {
        return Links.decoders(properties.maxFrameBytes(), properties.silenceLimitMs(),
                new LinkEvents("station link", registry));
    }

    @Bean
    static List<ChannelHandler> stationLinkEncoders() {
        return Links.encoders();
    }
}
