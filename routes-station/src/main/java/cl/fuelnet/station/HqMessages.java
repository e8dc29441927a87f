package cl.fuelnet.station;

import cl.fuelnet.model.message.Envelope;
import cl.fuelnet.model.message.ErrorBody;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceAck;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.SaleBatchAck;
import cl.fuelnet.model.message.WireCodec;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the station does with HQ's messages; each method returns the reply line to HQ or null. */
@Component
public class HqMessages {

    private static final Logger LOG = LoggerFactory.getLogger(HqMessages.class);

    private final StationProperties properties;
    private final StationPrices prices;
    private final PumpBoard pumps;
    private final SaleSync sync;
    private final HqLink link;
    private PriceAck lastReported;

    public HqMessages(StationProperties properties, StationPrices prices, PumpBoard pumps, SaleSync sync,
                      HqLink link) {
        this.properties = properties;
        this.prices = prices;
        this.pumps = pumps;
        this.sync = sync;
        this.link = link;
    }

    /** Base prices from HQ: applied if newer, pushed to the pumps, and HQ is told where they stand. */
    public String priceUpdate(Envelope envelope) {
        PriceUpdate effective = prices.applyBase(WireCodec.body(envelope, PriceUpdate.class));
        if (effective != null) {
            pumps.distribute(effective);
        }
        return priceAck();
    }

    /** Where the pumps stand on the price version in force, as a line for HQ; noted as the last told. */
    public synchronized String priceAck() {
        lastReported = pumps.priceAck();
        return WireCodec.encode(MessageType.PRICE_ACK, properties.id(), lastReported);
    }

    public String batchAck(Envelope envelope) {
        return sync.acknowledged(WireCodec.body(envelope, SaleBatchAck.class));
    }

    public String error(Envelope envelope) {
        LOG.warn("HQ refused a message: {}", WireCodec.body(envelope, ErrorBody.class).error());
        return null;
    }

    /** After the HELLO on a new connection: whatever is unsynced, and where the pumps stand on prices. */
    public void greet() {
        syncNow();
        link.send(priceAck());
    }

    public void beat() {
        link.send(link.heartbeat());
        syncNow();
    }

    /** Sends the next batch of unsynced sales if the link is open and no batch awaits HQ's ack. */
    public void syncNow() {
        if (!link.open()) {
            return;
        }
        String batch = sync.nextBatch();
        if (batch != null && !link.send(batch)) {
            sync.linkLost();
        }
    }

    /** Tells HQ where the pumps stand when that changed (a pump applied or started holding a version). */
    public synchronized void reportPrices() {
        if (!pumps.priceAck().equals(lastReported)) {
            link.send(priceAck());
        }
    }

    public void heard(Exchange exchange) {
        link.heard();
    }
}
