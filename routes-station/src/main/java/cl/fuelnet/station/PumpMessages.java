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
import org.apache.camel.Exchange;
import org.apache.camel.component.netty.NettyConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;

/** What the station answers on a pump's link; each method returns the reply line or null. */
@Component
public class PumpMessages {

    private static final Logger LOG = LoggerFactory.getLogger(PumpMessages.class);

    private final StationProperties properties;
    private final PumpBoard pumps;
    private final SaleLedger ledger;
    private final SaleWriter writer;

    public PumpMessages(StationProperties properties, PumpBoard pumps, SaleLedger ledger, SaleWriter writer) {
        this.properties = properties;
        this.pumps = pumps;
        this.ledger = ledger;
        this.writer = writer;
    }

    static Channel channel(Exchange exchange) {
        return Links.channelOf(exchange);
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

    /** A sale: checked now, acknowledged once it is durable (the answer completes after its group commit). */
    public CompletableFuture<String> sale(Envelope envelope, Exchange exchange) {
        String pumpId = pumps.pumpIdOf(channel(exchange));
        Sale sale = ledger.accepted(WireCodec.body(envelope, Sale.class), pumpId);
        return writer.submit(sale).thenApply(ack -> WireCodec.encode(MessageType.SALE_ACK, properties.id(), ack));
    }

    /** A sale that could not be stored is not acknowledged: the pump keeps it and sends it again. */
    public String unacknowledged(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        LOG.warn("No answer to {}: {}", Links.describe(channel(exchange)), String.valueOf(cause));
        return null;
    }

    /**
     * A line the station cannot use: the pump is told why and that connection is closed; the others go on. Lines
     * that were already on their way on the same connection are dropped without another word.
     */
    public String refuse(Exchange exchange) {
        Channel channel = channel(exchange);
        if (!Links.firstRefusal(channel)) {
            return null;
        }
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = cause != null ? cause.getMessage() : "unexpected message";
        LOG.warn("Closing the link of {}: {}", Links.describe(channel), reason);
        exchange.getMessage().setHeader(NettyConstants.NETTY_CLOSE_CHANNEL_WHEN_COMPLETE, true);
        return WireCodec.encode(MessageType.ERROR, properties.id(), new ErrorBody(reason));
    }

    /** Whether the connection of this line was refused already (it is closing; nothing more is read from it). */
    public boolean fromRefusedLink(Exchange exchange) {
        return Links.refused(channel(exchange));
    }
}
