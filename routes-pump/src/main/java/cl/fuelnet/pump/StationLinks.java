package cl.fuelnet.pump;

import cl.fuelnet.model.link.LinkListener;
import cl.fuelnet.model.link.Links;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PumpState;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.WireCodec;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * One pump's end of its link to the station. On every new connection the pump says who it is, resends the sales
 * the station has not acknowledged and reports its state.
 */
public class StationLinks implements LinkListener {

    private static final Logger LOG = LoggerFactory.getLogger(StationLinks.class);
    public static final String CONNECTED = "CONNECTED";
    public static final String DISCONNECTED = "DISCONNECTED";

    private final Pump pump;
    private final PumpStore store;
    private final SaleAcks acks;
    private volatile Channel channel;

    public StationLinks(Pump pump, PumpStore store, SaleAcks acks) {
        this.pump = pump;
        this.store = store;
        this.acks = acks;
    }

    public String status() {
        Channel c = channel;
        return c != null && c.isActive() ? CONNECTED : DISCONNECTED;
    }

    public boolean reachable() {
        return CONNECTED.equals(status());
    }

    public void send(MessageType type, Object body) {
        Channel c = channel;
        if (c != null && c.isActive()) {
            Links.write(c, WireCodec.encode(type, pump.pumpId(), body));
        }
    }

    public void sendState() {
        send(MessageType.PUMP_STATE, pump.state());
    }

    /** Every sale the station has not acknowledged goes (again); the station keeps each once. Answers how many. */
    public int resendUnacked() {
        if (!reachable()) {
            return 0;
        }
        List<Sale> unacked = store.unacked(pump.pumpId());
        for (Sale sale : unacked) {
            send(MessageType.SALE, sale);
        }
        return unacked.size();
    }

    @Override
    public void connected(Channel connected) {
        channel = connected;
        connected.attr(Links.PEER).set("station");
        PumpState state = pump.state();
        send(MessageType.HELLO, new Hello(pump.pumpId(), state.priceVersion(), state.priceRevision(), state.state(),
                pump.lastSeq(), null, null, state.pendingPrices()));
        int resent = resendUnacked();
        LOG.info("Pump {} connected to its station at {}; {} unacknowledged sales sent", pump.pumpId(),
                connected.remoteAddress(), resent);
    }

    @Override
    public void disconnected(Channel lost) {
        if (channel == lost) {
            channel = null;
            acks.linkLost(pump.pumpId());
            LOG.warn("Pump {} lost its station link; it keeps its sales until the station is back", pump.pumpId());
        }
    }
}
