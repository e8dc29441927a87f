package cl.fuelnet.pump;

import cl.fuelnet.model.message.Envelope;
import cl.fuelnet.model.message.ErrorBody;
import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleAck;
import cl.fuelnet.model.message.WireCodec;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What a pump does with its station's messages, and what it sends on its own schedule. */
@Component
public class StationMessages {

    private static final Logger LOG = LoggerFactory.getLogger(StationMessages.class);

    private final Pumps pumps;
    private final SaleAcks acks;
    private final PumpApi api;

    public StationMessages(Pumps pumps, SaleAcks acks, PumpApi api) {
        this.pumps = pumps;
        this.acks = acks;
        this.api = api;
    }

    /** Prices from the station: applied or buffered; the answer is the pump's state with what it now holds. */
    public String priceUpdate(@Header(PumpWeb.PUMP_HEADER) String pumpId, Envelope envelope) {
        Pump pump = pumps.pump(pumpId);
        PriceUpdate update = WireCodec.body(envelope, PriceUpdate.class);
        if (pump.offer(update)) {
            LOG.info("Pump {} {} price revision {} (version {})", pumpId, pump.isFree() ? "applied" : "buffered",
                    update.revision(), update.version());
        }
        return WireCodec.encode(MessageType.PUMP_STATE, pumpId, pump.state());
    }

    public String saleAck(@Header(PumpWeb.PUMP_HEADER) String pumpId, Envelope envelope) {
        acks.acked(pumpId, WireCodec.body(envelope, SaleAck.class).saleId());
        return null;
    }

    public String error(@Header(PumpWeb.PUMP_HEADER) String pumpId, Envelope envelope) {
        String reason = WireCodec.body(envelope, ErrorBody.class).error();
        LOG.warn("Station refused a message of pump {}: {}", pumpId, reason);
        return null;
    }

    /** Every heartbeat: a sign of life from each pump, and its unacknowledged sales once more. */
    public void beat() {
        for (Pump pump : pumps.all()) {
            StationLinks link = pumps.link(pump.pumpId());
            link.send(MessageType.HEARTBEAT, new Heartbeat(pump.pumpId(), pump.state().priceVersion(), null, null,
                    null));
            link.resendUnacked();
        }
    }

    /** Every tick: fills that reached their stop end there and their sales go up. */
    public void tick() {
        for (Pump pump : pumps.all()) {
            Sale sale = pump.tick();
            if (sale != null) {
                api.sold(sale);
            }
        }
    }
}
