package cl.fuelnet.station;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Money;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.link.LinkListener;
import cl.fuelnet.model.link.Links;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceAck;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.PumpState;
import cl.fuelnet.model.message.PumpStatus;
import cl.fuelnet.model.message.WireCodec;
import cl.fuelnet.node.JsonBodies;
import com.fasterxml.jackson.core.type.TypeReference;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The station's pumps: their links, their state and the prices they hold. A pump that is DISPENSING never changes
 * price under a fill: the newest set is held for it as pending and applied when it reports FREE.
 */
@Component
public class PumpBoard implements LinkListener {

    private static final Logger LOG = LoggerFactory.getLogger(PumpBoard.class);
    public static final String FREE = "FREE";
    public static final String DISPENSING = "DISPENSING";

    private final Map<String, PumpEntry> pumps = new TreeMap<>();
    private final StationProperties properties;
    private final StationPrices prices;
    private final NamedParameterJdbcTemplate jdbc;

    /** One pump as the station sees it. */
    static final class PumpEntry {
        final String pumpId;
        Channel channel;
        String state = FREE;
        long priceVersion;
        long priceRevision;
        Map<String, Long> prices = Map.of();
        Map<String, Long> pumpPending = Map.of();
        PriceUpdate held;

        PumpEntry(String pumpId) {
            this.pumpId = pumpId;
        }

        boolean connected() {
            return channel != null && channel.isActive();
        }
    }

    public PumpBoard(StationProperties properties, StationPrices prices, NamedParameterJdbcTemplate jdbc) {
        this.properties = properties;
        this.prices = prices;
        this.jdbc = jdbc;
        jdbc.query("SELECT pump_id, state, price_version, price_revision, prices FROM pumps", row -> {
            PumpEntry entry = new PumpEntry(row.getString("pump_id"));
            entry.state = row.getString("state");
            entry.priceVersion = row.getLong("price_version");
            entry.priceRevision = row.getLong("price_revision");
            entry.prices = readPrices(row.getString("prices"));
            pumps.put(entry.pumpId, entry);
        });
    }

    /** A pump said who it is: its channel becomes its link; the answer is the prices it lacks, if it may take them. */
    public synchronized String hello(Hello hello, Channel channel) {
        String pumpId = hello.nodeId();
        if (pumpId == null || !pumpId.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new InvalidInputException("a pump id of 1 to 32 letters, digits, '-' or '_' is required");
        }
        PumpEntry entry = pumps.computeIfAbsent(pumpId, PumpEntry::new);
        if (entry.channel != null && entry.channel != channel) {
            entry.channel.close();
        }
        channel.attr(Links.PEER).set(pumpId);
        entry.channel = channel;
        entry.state = DISPENSING.equals(hello.state()) ? DISPENSING : FREE;
        entry.priceVersion = hello.priceVersion();
        entry.priceRevision = hello.priceRevision();
        entry.pumpPending = hello.pendingPrices() == null ? Map.of() : hello.pendingPrices();
        save(entry);
        LOG.info("Pump {} connected from {} ({}, price revision {})", pumpId, channel.remoteAddress(), entry.state,
                entry.priceRevision);
        return offer(entry, prices.effective());
    }

    /** A pump reported a state or price change; a pump now FREE gets what was held for it. */
    public synchronized String pumpState(PumpState state, Channel channel) {
        PumpEntry entry = linked(channel);
        if (!state.pumpId().equals(entry.pumpId)) {
            throw new InvalidInputException("PUMP_STATE for " + state.pumpId() + " on the link of " + entry.pumpId);
        }
        entry.state = DISPENSING.equals(state.state()) ? DISPENSING : FREE;
        entry.priceVersion = state.priceVersion();
        entry.priceRevision = state.priceRevision();
        entry.prices = state.prices() == null ? Map.of() : Map.copyOf(state.prices());
        entry.pumpPending = state.pendingPrices() == null ? Map.of() : Map.copyOf(state.pendingPrices());
        save(entry);
        return offer(entry, prices.effective());
    }

    /** New effective prices: sent now to every FREE pump, held for the busy ones. */
    public synchronized void distribute(PriceUpdate effective) {
        pumps.values().stream().filter(PumpEntry::connected).forEach(entry -> {
            String line = offer(entry, effective);
            if (line != null) {
                Links.write(entry.channel, line);
            }
        });
    }

    /** For the price version in force: which pumps run it and which do not yet. */
    public synchronized PriceAck priceAck() {
        PriceUpdate effective = prices.effective();
        List<String> applied = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        pumps.values().forEach(entry -> (entry.priceRevision >= effective.revision() ? applied : pending)
                .add(entry.pumpId));
        return new PriceAck(effective.version(), applied, pending);
    }

    public synchronized String pumpIdOf(Channel channel) {
        return linked(channel).pumpId;
    }

    public synchronized List<PumpStatus> statuses() {
        return pumps.values().stream().map(e -> new PumpStatus(e.pumpId, e.state, e.connected(), e.priceVersion,
                pendingOf(e))).toList();
    }

    /** The API view of every pump with its counters per fuel. */
    public synchronized List<Map<String, Object>> view() {
        Map<String, Map<String, Map<String, Object>>> counters = counters();
        List<Map<String, Object>> view = new ArrayList<>();
        pumps.values().forEach(e -> {
            Map<String, Object> pump = new LinkedHashMap<>();
            pump.put("pumpId", e.pumpId);
            pump.put("state", e.state);
            pump.put("connected", e.connected());
            pump.put("prices", e.prices);
            pump.put("priceVersion", e.priceVersion);
            pump.put("priceRevision", e.priceRevision);
            pump.put("pendingPrices", pendingOf(e));
            pump.put("counters", counters.getOrDefault(e.pumpId, Map.of()));
            view.add(pump);
        });
        return view;
    }

    private Map<String, Long> pendingOf(PumpEntry entry) {
        Map<String, Long> pending = new TreeMap<>(entry.pumpPending);
        if (entry.held != null) {
            entry.held.prices().forEach((fuel, price) -> {
                if (!price.equals(entry.prices.get(fuel))) {
                    pending.put(fuel, price);
                }
            });
        }
        return pending;
    }

    /**
     * The line to send a pump for these prices, or null. A FREE pump gets them to apply. A DISPENSING pump gets
     * the newest set once, to buffer until its fill ends, and the station holds it as pending until the pump
     * reports it applied; a pump that comes back FREE without it gets it again.
     */
    private String offer(PumpEntry entry, PriceUpdate effective) {
        if (effective.revision() <= entry.priceRevision || effective.prices().isEmpty()) {
            entry.held = null;
            return null;
        }
        String line = WireCodec.encode(MessageType.PRICE_UPDATE, properties.id(), effective);
        if (DISPENSING.equals(entry.state)) {
            boolean newer = entry.held == null || entry.held.revision() < effective.revision();
            entry.held = effective;
            if (newer) {
                LOG.info("Pump {} is dispensing: price revision {} pending until its fill ends", entry.pumpId,
                        effective.revision());
            }
            return newer ? line : null;
        }
        entry.held = null;
        return line;
    }

    private PumpEntry linked(Channel channel) {
        String pumpId = channel.attr(Links.PEER).get();
        PumpEntry entry = pumpId == null ? null : pumps.get(pumpId);
        if (entry == null) {
            throw new InvalidInputException("HELLO must come first");
        }
        return entry;
    }

    private void save(PumpEntry entry) {
        jdbc.update("""
                INSERT INTO pumps (pump_id, state, price_version, price_revision, prices, updated_at)
                VALUES (:pumpId, :state, :version, :revision, :prices, :at)
                ON CONFLICT (pump_id) DO UPDATE SET state = :state, price_version = :version,
                    price_revision = :revision, prices = :prices, updated_at = :at""", new MapSqlParameterSource()
                .addValue("pumpId", entry.pumpId).addValue("state", entry.state)
                .addValue("version", entry.priceVersion).addValue("revision", entry.priceRevision)
                .addValue("prices", JsonBodies.write(entry.prices)).addValue("at", Times.stored(Instant.now())));
    }

    private Map<String, Map<String, Map<String, Object>>> counters() {
        Map<String, Map<String, Map<String, Object>>> all = new TreeMap<>();
        jdbc.query("SELECT pump_id, fuel, litres_milli, sales, amount FROM pump_counter", row -> {
            Map<String, Object> counter = new LinkedHashMap<>();
            counter.put("litres", Money.fromMillilitres(row.getLong("litres_milli")));
            counter.put("sales", row.getLong("sales"));
            counter.put("amount", row.getLong("amount"));
            all.computeIfAbsent(row.getString("pump_id"), k -> new TreeMap<>()).put(row.getString("fuel"), counter);
        });
        return all;
    }

    private static Map<String, Long> readPrices(String json) {
        try {
            return WireCodec.mapper().readValue(json, new TypeReference<TreeMap<String, Long>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable prices in the pumps table: " + json, e);
        }
    }

    @Override
    public void connected(Channel channel) {
        LOG.debug("Connection on the pump port from {}", channel.remoteAddress());
    }

    @Override
    public synchronized void disconnected(Channel channel) {
        String pumpId = channel.attr(Links.PEER).get();
        PumpEntry entry = pumpId == null ? null : pumps.get(pumpId);
        if (entry != null && entry.channel == channel) {
            LOG.warn("Pump {} disconnected", pumpId);
        }
    }
}
