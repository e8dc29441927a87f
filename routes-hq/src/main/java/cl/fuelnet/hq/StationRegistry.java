package cl.fuelnet.hq;

import cl.fuelnet.hq.StationAlerts.Kind;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every station head office has heard of: its link, its last heartbeat and what it last reported. A station is
 * up while its link is open and its heartbeats keep coming; it is marked down when the link closes or when it
 * misses the configured number of heartbeats, and up again when it is heard from. Each change is an alert.
 */
@Component
public class StationRegistry implements LinkListener {

    private static final Logger LOG = LoggerFactory.getLogger(StationRegistry.class);

    private final Map<String, Station> stations = new ConcurrentHashMap<>();
    private final StationAlerts alerts;
    private final HqProperties properties;

    public StationRegistry(StationAlerts alerts, HqProperties properties) {
        this.alerts = alerts;
        this.properties = properties;
    }

    /** One station as head office sees it. */
    public static final class Station {
        private final String stationId;
        private volatile Channel channel;
        private volatile boolean up;
        private volatile Instant lastHeartbeat;
        private volatile Instant downSince;
        private volatile String downReason;
        private volatile BigDecimal markup;
        private volatile long priceVersion;
        private volatile Totals totals;
        private volatile List<PumpStatus> pumps = List.of();
        private volatile ReconciliationState reconciliation = ReconciliationState.UNKNOWN;

        Station(String stationId) {
            this.stationId = stationId;
        }

        public String getStationId() {
            return stationId;
        }

        /** Up: the link is open and heartbeats arrive within the allowed silence. */
        public boolean isConnected() {
            Channel c = channel;
            return up && c != null && c.isActive();
        }

        public Instant getLastHeartbeat() {
            return lastHeartbeat;
        }

        public Instant getDownSince() {
            return downSince;
        }

        public String getDownReason() {
            return downReason;
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

        public ReconciliationState getReconciliation() {
            return reconciliation;
        }

        void reconciliation(ReconciliationState state) {
            this.reconciliation = state;
        }

        Channel channel() {
            return channel;
        }
    }

    /** A station said who it is on a channel; the channel is now its link. */
    public Station hello(Hello hello, Channel channel) {
        Station station = stations.computeIfAbsent(hello.nodeId(), Station::new);
        Channel previous;
        synchronized (station) {
            previous = station.channel;
            channel.attr(Links.PEER).set(hello.nodeId());
            station.channel = channel;
            station.lastHeartbeat = Instant.now();
            station.markup = hello.markup();
            station.priceVersion = hello.priceVersion();
            station.totals = hello.totals();
            markUp(station, "connected from " + channel.remoteAddress());
        }
        if (previous != null && previous != channel) {
            previous.close();
        }
        LOG.info("Station {} connected from {} holding price version {}", hello.nodeId(), channel.remoteAddress(),
                hello.priceVersion());
        return station;
    }

    public Station heartbeat(Heartbeat heartbeat, Channel channel) {
        Station station = stations.computeIfAbsent(heartbeat.nodeId(), Station::new);
        synchronized (station) {
            if (station.channel != channel) {
                station.channel = channel;
                channel.attr(Links.PEER).set(heartbeat.nodeId());
            }
            station.lastHeartbeat = Instant.now();
            station.markup = heartbeat.markup();
            station.priceVersion = heartbeat.priceVersion();
            station.totals = heartbeat.totals();
            station.pumps = heartbeat.pumps() == null ? List.of() : List.copyOf(heartbeat.pumps());
            if (!station.up) {
                LOG.info("Station {} heard from again on {}", heartbeat.nodeId(), channel.remoteAddress());
                markUp(station, "heartbeats resumed");
            }
        }
        return station;
    }

    /** Any message from a station shows it is alive, like a heartbeat. */
    public void heardFrom(String stationId) {
        Station station = stations.get(stationId);
        if (station != null) {
            station.lastHeartbeat = Instant.now();
        }
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

    public Station find(String stationId) {
        return stations.get(stationId);
    }

    @Override
    public void connected(Channel channel) {
        LOG.debug("Connection from {}", channel.remoteAddress());
    }

    @Override
    public void disconnected(Channel channel) {
        Station station = stationOn(channel);
        if (station != null) {
            synchronized (station) {
                if (station.channel == channel) {
                    markDown(station, "link closed");
                }
            }
        }
    }

    @Override
    public void idle(Channel channel) {
        Station station = stationOn(channel);
        if (station != null) {
            synchronized (station) {
                if (station.channel == channel) {
                    markDown(station, silence(station.lastHeartbeat));
                }
            }
        }
        channel.close();
    }

    private Station stationOn(Channel channel) {
        String stationId = channel.attr(Links.PEER).get();
        return stationId == null ? null : stations.get(stationId);
    }

    private String silence(Instant last) {
        long silentMs = last == null ? properties.silenceLimitMs() : Duration.between(last, Instant.now()).toMillis();
        return "no heartbeat for " + silentMs + " ms (" + properties.missedHeartbeats() + " missed at "
                + properties.heartbeatIntervalMs() + " ms)";
    }

    /** The alert is written before the state changes, so whoever sees the new state finds its alert. */
    private void markUp(Station station, String how) {
        if (!station.up) {
            try {
                alerts.raise(station.stationId, Kind.STATION_UP, how);
            } finally {
                station.up = true;
                station.downSince = null;
                station.downReason = null;
            }
        }
    }

    private void markDown(Station station, String reason) {
        if (station.up) {
            LOG.warn("Station {} down: {}", station.stationId, reason);
            try {
                alerts.raise(station.stationId, Kind.STATION_DOWN, reason);
            } finally {
                station.downSince = Instant.now();
                station.downReason = reason;
                station.up = false;
            }
        }
    }
}
