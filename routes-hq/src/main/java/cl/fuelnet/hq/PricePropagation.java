package cl.fuelnet.hq;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.NotFoundException;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.PriceAck;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each price version reached: per station whether it acknowledged the version, which of its pumps
 * applied it and which hold it pending (busy in a sale). A station acknowledges again when pending pumps apply,
 * and its latest word for a version replaces the one before. A pump that applied a later version counts as
 * applied for the earlier ones too: it no longer sells at anything older.
 */
@Component
public class PricePropagation {

    private static final Logger LOG = LoggerFactory.getLogger(PricePropagation.class);

    private final Timer propagationTime;
    private final Set<String> completed = ConcurrentHashMap.newKeySet();

    private final NamedParameterJdbcTemplate jdbc;
    private final PriceBook priceBook;
    private final StationRegistry registry;

    public PricePropagation(NamedParameterJdbcTemplate jdbc, PriceBook priceBook, StationRegistry registry,
                            MeterRegistry meters) {
        this.propagationTime = Timer.builder("fuel.price.propagation")
                .description("from a price version being set to every pump of a station running it")
                .register(meters);
        this.jdbc = jdbc;
        this.priceBook = priceBook;
        this.registry = registry;
    }

    @Transactional
    public void record(String stationId, PriceAck ack) {
        List<String> applied = pumpIds(ack.applied());
        List<String> pending = pumpIds(ack.pending());
        if (ack.version() == 0) {
            LOG.debug("Station {} holds no head office prices yet", stationId);
            return;
        }
        if (ack.version() < 0 || ack.version() > priceBook.current().version()) {
            throw new InvalidInputException("PRICE_ACK for version " + ack.version() + " that head office never set");
        }
        String now = Times.stored(Instant.now());
        MapSqlParameterSource key = new MapSqlParameterSource().addValue("version", ack.version())
                .addValue("stationId", stationId).addValue("now", now);
        int updated = jdbc.update("""
                UPDATE price_ack_station SET updated_at = :now WHERE version = :version AND station_id = :stationId""",
                key);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO price_ack_station (version, station_id, acked_at, updated_at)
                    VALUES (:version, :stationId, :now, :now)""", key);
        }
        jdbc.update("DELETE FROM price_ack WHERE version = :version AND station_id = :stationId", key);
        insertPumps(key, applied, true);
        insertPumps(key, pending, false);
        LOG.info("Station {} applied price version {} on {} pumps{}", stationId, ack.version(), applied.size(),
                pending.isEmpty() ? "" : ", pending on " + pending);
        if (pending.isEmpty() && completed.add(stationId + "@" + ack.version())) {
            timeToComplete(ack.version()).ifPresent(propagationTime::record);
        }
    }

    private java.util.Optional<Duration> timeToComplete(long version) {
        return jdbc.query("SELECT created_at FROM price_version WHERE version = :version",
                        Map.of("version", version), (row, n) -> Instant.parse(row.getString("created_at")))
                .stream().findFirst().map(setAt -> Duration.between(setAt, Instant.now()));
    }

    /** Per station, the reach of a version; the stations are those registered and those that answered. */
    public Map<String, Object> view(@Header("version") String versionParam) {
        long version = version(versionParam);
        Map<String, StationReach> reach = new TreeMap<>();
        registry.all().forEach(s -> reach.put(s.getStationId(), new StationReach()));
        MapSqlParameterSource params = new MapSqlParameterSource("version", version);
        jdbc.query("""
                SELECT station_id, MIN(version) AS first_version, MIN(acked_at) AS acked_at,
                       MAX(updated_at) AS updated_at
                FROM price_ack_station WHERE version >= :version GROUP BY station_id""", params, row -> {
                    StationReach r = reach.computeIfAbsent(row.getString("station_id"), id -> new StationReach());
                    r.ackedVersion = row.getLong("first_version");
                    r.ackedAt = row.getString("acked_at");
                    r.updatedAt = row.getString("updated_at");
                });
        jdbc.query("""
                SELECT station_id, pump_id, MAX(applied) AS applied FROM price_ack
                WHERE version >= :version GROUP BY station_id, pump_id""", params, row -> {
                    StationReach r = reach.computeIfAbsent(row.getString("station_id"), id -> new StationReach());
                    (row.getInt("applied") == 1 ? r.applied : r.pending).add(row.getString("pump_id"));
                });
        return answer(version, reach);
    }

    private Map<String, Object> answer(long version, Map<String, StationReach> reach) {
        List<Map<String, Object>> stations = new ArrayList<>();
        int acked = 0;
        int pumpsApplied = 0;
        int pumpsPending = 0;
        for (Map.Entry<String, StationReach> entry : reach.entrySet()) {
            StationReach r = entry.getValue();
            Map<String, Object> station = new LinkedHashMap<>();
            station.put("stationId", entry.getKey());
            station.put("acked", r.ackedVersion != null);
            station.put("ackedVersion", r.ackedVersion);
            station.put("ackedAt", r.ackedAt);
            station.put("updatedAt", r.updatedAt);
            station.put("applied", List.copyOf(r.applied));
            station.put("pending", List.copyOf(r.pending));
            stations.add(station);
            acked += r.ackedVersion != null ? 1 : 0;
            pumpsApplied += r.applied.size();
            pumpsPending += r.pending.size();
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", version);
        view.put("current", version == priceBook.current().version());
        view.put("stationsAcked", acked);
        view.put("stationsTotal", stations.size());
        view.put("pumpsApplied", pumpsApplied);
        view.put("pumpsPending", pumpsPending);
        view.put("complete", acked == stations.size() && pumpsPending == 0);
        view.put("stations", stations);
        return view;
    }

    private void insertPumps(MapSqlParameterSource key, List<String> pumpIds, boolean applied) {
        for (String pumpId : pumpIds) {
            jdbc.update("""
                    INSERT INTO price_ack (version, station_id, pump_id, applied, acked_at, updated_at)
                    VALUES (:version, :stationId, :pumpId, :applied, :now, :now)
                    ON CONFLICT (version, station_id, pump_id) DO UPDATE SET applied = :applied""",
                    new MapSqlParameterSource(key.getValues()).addValue("pumpId", pumpId)
                            .addValue("applied", applied ? 1 : 0));
        }
    }

    private long version(String value) {
        long version;
        try {
            version = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("a price version is a whole number");
        }
        if (version < 1 || version > priceBook.current().version()) {
            throw new NotFoundException("no price version " + version);
        }
        return version;
    }

    private static List<String> pumpIds(List<String> ids) {
        List<String> pumpIds = ids == null ? List.of() : ids;
        for (String pumpId : pumpIds) {
            if (pumpId == null || pumpId.isBlank() || pumpId.length() > 32) {
                throw new InvalidInputException("PRICE_ACK names a pump id that is empty or too long");
            }
        }
        return pumpIds;
    }

    /** What one station answered for a version or later ones. */
    private static final class StationReach {
        private Long ackedVersion;
        private String ackedAt;
        private String updatedAt;
        private final TreeSet<String> applied = new TreeSet<>();
        private final TreeSet<String> pending = new TreeSet<>();
    }
}
