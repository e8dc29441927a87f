package cl.fuelnet.hq;

import cl.fuelnet.model.link.LinkListener;
import cl.fuelnet.model.link.Links;
import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.PumpStatus;
import cl.fuelnet.model.message.Totals;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every station head office has heard of: its link, its last heartbeat and what it last reported. */
@Component
public class StationRegistry implements LinkListener {

    private static final Logger LOG = LoggerFactory.getLogger(StationRegistry.class);

    private final Map<String, Station> stations = new ConcurrentHashMap<>();

    /** One station as head office sees it. */
    public static final class Station {
        private final String stationId;
        private volatile Channel channel;
        private volatile Instant lastHeartbeat;
        private volatile BigDecimal markup;
        private volatile long priceVersion;
        private volatile Totals totals;
        private volatile List<PumpStatus> pumps = List.of();

        Station(String stationId) {
            this.stationId = stationId;
        }

        public String getStationId() {
            return stationId;
        }

        public boolean isConnected() {
            Channel c = channel;
            return c != null && c.isActive();
        }

        public Instant getLastHeartbeat() {
            return lastHeartbeat;
        }

        public BigDecimal getMarkup() {
            return markup;
        }

        public long getPriceVersion() {
            return priceVersion;
        }

        public Totals getTotals() {
            return totals;
        }

        public List<PumpStatus> getPumps() {
            return pumps;
        }

        Channel channel() {
            return channel;
        }
    }

    /** A station said who it is on a channel; the channel is now its link. */
    public Station hello(Hello hello, Channel channel) {
        Station station = stations.computeIfAbsent(hello.nodeId(), Station::new);
        Channel previous = station.channel;
        channel.attr(Links.PEER).set(hello.nodeId());
        station.channel = channel;
        station.lastHeartbeat = Instant.now();
        station.markup = hello.markup();
        station.priceVersion = hello.priceVersion();
        station.totals = hello.totals();
        if (previous != null && previous != channel) {
            previous.close();
        }
        LOG.info("Station {} connected from {} holding price version {}", hello.nodeId(), channel.remoteAddress(),
                hello.priceVersion());
        return station;
    }

    public void heartbeat(Heartbeat heartbeat, Channel channel) {
        Station station = stations.computeIfAbsent(heartbeat.nodeId(), Station::new);
        if (station.channel != channel) {
            station.channel = channel;
            channel.attr(Links.PEER).set(heartbeat.nodeId());
        }
        station.lastHeartbeat = Instant.now();
        station.markup = heartbeat.markup();
        station.priceVersion = heartbeat.priceVersion();
        station.totals = heartbeat.totals();
        station.pumps = heartbeat.pumps() == null ? List.of() : List.copyOf(heartbeat.pumps());
    }

    public void priceApplied(String stationId, long version) {
        Station station = stations.get(stationId);
        if (station != null && version > station.priceVersion) {
            station.priceVersion = version;
        }
    }

    /** The links of the stations connected now, for a broadcast. */
    public List<Channel> connectedChannels() {
        List<Channel> channels = new ArrayList<>();
        stations.values().forEach(s -> {
            if (s.isConnected()) {
                channels.add(s.channel);
            }
        });
        return channels;
    }

    public List<Station> all() {
        return stations.values().stream().sorted(Comparator.comparing(Station::getStationId)).toList();
    }

    @Override
    public void connected(Channel channel) {
        LOG.debug("Connection from {}", channel.remoteAddress());
    }

    @Override
    public void disconnected(Channel channel) {
        String stationId = channel.attr(Links.PEER).get();
        if (stationId != null) {
            Station station = stations.get(stationId);
            if (station != null && station.channel == channel) {
                LOG.warn("Station {} disconnected", stationId);
            }
        }
    }
}
