package cl.fuelnet.station;

import cl.fuelnet.model.link.Links;
import cl.fuelnet.model.message.Envelope;
import cl.fuelnet.model.message.ErrorBody;
import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PumpState;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.WireCodec;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.netty.NettyConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the station answers on a pump's link; each method returns the reply line or null. */
@Component
public class PumpMessages {

    private static final Logger LOG = LoggerFactory.getLogger(PumpMessages.class);

    private final StationProperties properties;
    private final PumpBoard pumps;
    private final SaleLedger ledger;

    public PumpMessages(StationProperties properties, PumpBoard pumps, SaleLedger ledger) {
        this.properties = properties;
        this.pumps = pumps;
        this.ledger = ledger;
    }

    static Channel channel(Exchange exchange) {
        return exchange.getIn().getHeader(NettyConstants.NETTY_CHANNEL_HANDLER_CONTEXT, ChannelHandlerContext.class)
                .channel();
    }

    public String hello(Envelope envelope, Exchange exchange) {
        return pumps.hello(WireCodec.body(envelope, Hello.class), channel(exchange));
    }

    public String heartbeat(Envelope envelope, Exchange exchange) {
        pumps.pumpIdOf(channel(exchange));
        return WireCodec.encode(MessageType.HEARTBEAT, properties.id(),
                new Heartbeat(properties.id(), 0, null, null, null));
    }

    public String pumpState(Envelope envelope, Exchange exchange) {
        return pumps.pumpState(WireCodec.body(envelope, PumpState.class), channel(exchange));
    }

    public String sale(Envelope envelope, Exchange exchange) {
        String pumpId = pumps.pumpIdOf(channel(exchange));
        Sale sale = WireCodec.body(envelope, Sale.class);
        return WireCodec.encode(MessageType.SALE_ACK, properties.id(), ledger.record(sale, pumpId));
    }

    /** A line the station cannot use: the pump is told why and that connection is closed; the others go on. */
    public String refuse(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = cause != null ? cause.getMessage() : "unexpected message";
        LOG.warn("Closing the link of {}: {}", Links.describe(channel(exchange)), reason);
        exchange.getMessage().setHeader(NettyConstants.NETTY_CLOSE_CHANNEL_WHEN_COMPLETE, true);
        return WireCodec.encode(MessageType.ERROR, properties.id(), new ErrorBody(reason));
    }
}
