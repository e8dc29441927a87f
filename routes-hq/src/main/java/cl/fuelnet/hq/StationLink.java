package cl.fuelnet.hq;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.link.Links;
import cl.fuelnet.model.message.Envelope;
import cl.fuelnet.model.message.ErrorBody;
import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceAck;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.SaleBatch;
import cl.fuelnet.model.message.SaleBatchAck;
import cl.fuelnet.model.message.WireCodec;
import io.netty.channel.Channel;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What head office answers on a station's link. Each method takes one decoded message and returns the reply
 * line, or null when there is nothing to answer.
 */
@Component
public class StationLink {

    private static final Logger LOG = LoggerFactory.getLogger(StationLink.class);
    public static final String NODE_ID = "hq";

    private final StationRegistry registry;
    private final PriceBook priceBook;
    private final ConsolidatedSales sales;
    private final PricePropagation propagation;
    private final Reconciliation reconciliation;

    public StationLink(StationRegistry registry, PriceBook priceBook, ConsolidatedSales sales,
                       PricePropagation propagation, Reconciliation reconciliation) {
        this.registry = registry;
        this.priceBook = priceBook;
        this.sales = sales;
        this.propagation = propagation;
        this.reconciliation = reconciliation;
    }

    public static Channel channel(Exchange exchange) {
        return Links.channelOf(exchange);
    }

    /** A station says who it is; if it holds an older price version it gets the current one at once. */
    public String hello(Envelope envelope, Exchange exchange) {
        Hello hello = WireCodec.body(envelope, Hello.class);
        requireId(hello.nodeId());
        reconciliation.check(registry.hello(hello, channel(exchange)));
        PriceUpdate current = priceBook.current();
        if (hello.priceVersion() < current.version()) {
            return WireCodec.encode(MessageType.PRICE_UPDATE, NODE_ID, current);
        }
        return null;
    }

    /** A station's heartbeat is answered with one of HQ's, so the station knows HQ is alive too. */
    public String heartbeat(Envelope envelope, Exchange exchange) {
        Heartbeat heartbeat = WireCodec.body(envelope, Heartbeat.class);
        requireId(heartbeat.nodeId());
        reconciliation.check(registry.heartbeat(heartbeat, channel(exchange)));
        return WireCodec.encode(MessageType.HEARTBEAT, NODE_ID,
                new Heartbeat(NODE_ID, priceBook.current().version(), null, null, null));
    }

    public String saleBatch(Envelope envelope, Exchange exchange) {
        String stationId = stationOf(exchange);
        SaleBatchAck ack = sales.store(stationId, WireCodec.body(envelope, SaleBatch.class));
        reconciliation.salesStored(stationId);
        return WireCodec.encode(MessageType.SALE_BATCH_ACK, NODE_ID, ack);
    }

    public String priceAck(Envelope envelope, Exchange exchange) {
        PriceAck ack = WireCodec.body(envelope, PriceAck.class);
        String stationId = stationOf(exchange);
        propagation.record(stationId, ack);
        registry.priceApplied(stationId, ack.version());
        return null;
    }

    /** A message head office cannot use: the station is told why, the log says so once per connection. */
    public String refuse(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = cause != null ? cause.getMessage() : "unexpected message";
        Channel channel = channel(exchange);
        if (Links.firstRefusal(channel)) {
            LOG.warn("Refused a message from {}: {}", Links.describe(channel), reason);
        } else {
            LOG.debug("Refused another message from {}: {}", Links.describe(channel), reason);
        }
        return WireCodec.encode(MessageType.ERROR, NODE_ID, new ErrorBody(reason));
    }

    private String stationOf(Exchange exchange) {
        String stationId = channel(exchange).attr(Links.PEER).get();
        if (stationId == null) {
            throw new InvalidInputException("HELLO must come first");
        }
        registry.heardFrom(stationId);
        return stationId;
    }

    private static void requireId(String nodeId) {
        if (nodeId == null || nodeId.isBlank() || nodeId.length() > 32) {
            throw new InvalidInputException("a station id of 1 to 32 characters is required");
        }
    }
}
