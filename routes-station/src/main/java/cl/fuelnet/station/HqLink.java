package cl.fuelnet.station;

import cl.fuelnet.model.link.LinkListener;
import cl.fuelnet.model.link.Links;
import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.WireCodec;
import io.netty.channel.Channel;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The station's end of its link to HQ. The link is ONLINE while the connection is open and HQ has been heard
 * within the silence limit; otherwise the station is AUTONOMOUS and keeps selling on its own.
 */
@Component
public class HqLink implements LinkListener {

    private static final Logger LOG = LoggerFactory.getLogger(HqLink.class);
    public static final String ONLINE = "ONLINE";
    public static final String AUTONOMOUS = "AUTONOMOUS";

    private final StationProperties properties;
    private final StationPrices prices;
    private final SaleSync sync;
    private final PumpBoard pumps;
    private final ProducerTemplate producer;
    private final HqDialer dialer;
    private volatile Channel channel;
    private volatile long lastHeardAt;

    public HqLink(StationProperties properties, StationPrices prices, SaleSync sync, PumpBoard pumps,
                  @Lazy ProducerTemplate producer, HqDialer dialer) {
        this.dialer = dialer;
        this.properties = properties;
        this.prices = prices;
        this.sync = sync;
        this.pumps = pumps;
        this.producer = producer;
    }

    public String status() {
        Channel c = channel;
        boolean heard = System.currentTimeMillis() - lastHeardAt <= properties.silenceLimitMs();
        return c != null && c.isActive() && heard ? ONLINE : AUTONOMOUS;
    }

    /** Whether a connection to HQ is open, heard from lately or not. */
    public boolean open() {
        Channel c = channel;
        return c != null && c.isActive();
    }

    /** Something arrived from HQ. */
    public void heard() {
        lastHeardAt = System.currentTimeMillis();
    }

    /** Sends a line to HQ if the link is up; false when it is not, and the line is not sent. */
    public boolean send(String line) {
        Channel c = channel;
        if (line == null || c == null || !c.isActive()) {
            return false;
        }
        Links.write(c, line);
        return true;
    }

    public String hello() {
        return WireCodec.encode(MessageType.HELLO, properties.id(), new Hello(properties.id(), prices.version(),
                0, null, null, prices.markup(), sync.totals(), null));
    }

    public String heartbeat() {
        return WireCodec.encode(MessageType.HEARTBEAT, properties.id(), new Heartbeat(properties.id(),
                prices.version(), prices.markup(), sync.totals(), pumps.statuses()));
    }

    /** HELLO is the first line on a new connection; only then may anything else be sent on it. */
    @Override
    public void connected(Channel connected) {
        connected.attr(Links.PEER).set("hq");
        Links.write(connected, hello());
        channel = connected;
        heard();
        sync.linkUp();
        dialer.connected();
        LOG.info("Connected to HQ at {}", connected.remoteAddress());
        producer.asyncSendBody("seda:hq-connected", null);
    }

    @Override
    public void disconnected(Channel lost) {
        if (channel == lost) {
            channel = null;
            sync.linkLost();
            LOG.warn("Lost the link to HQ: the station is AUTONOMOUS and keeps selling");
            dialer.linkLost();
        }
    }
}
