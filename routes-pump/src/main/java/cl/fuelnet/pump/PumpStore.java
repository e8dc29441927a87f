package cl.fuelnet.pump;

import cl.fuelnet.model.Money;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.WireCodec;
import cl.fuelnet.node.JsonBodies;
import cl.fuelnet.node.SqliteStore;
import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a pump keeps on disk: its prices and buffered prices, its sequence and totalizers, the day's counters and
 * the outbox of sales the station has not acknowledged. A finished sale is written in one transaction with the
 * counters it changes.
 */
@Component
public class PumpStore {

    private final NamedParameterJdbcTemplate jdbc;

    public PumpStore(NamedParameterJdbcTemplate jdbc) {
        SqliteStore.verifyDurability(jdbc.getJdbcTemplate().getDataSource());
        this.jdbc = jdbc;
    }

    /** What was saved of a pump, or an empty record for a new one. */
    public record Saved(long priceVersion, long priceRevision, Map<String, Long> prices, Map<String, Long> pending,
                        long pendingVersion, long pendingRevision, long lastSeq, Map<String, BigDecimal> totalizers) {
    }

    public Saved load(String pumpId) {
        List<Saved> rows = jdbc.query("SELECT * FROM pump_state WHERE pump_id = :pumpId", Map.of("pumpId", pumpId),
                (row, n) -> {
                    Map<String, Object> pending = row.getString("pending") == null ? null
                            : read(row.getString("pending"), new TypeReference<Map<String, Object>>() { });
                    return new Saved(row.getLong("price_version"), row.getLong("price_revision"),
                            read(row.getString("prices"), new TypeReference<TreeMap<String, Long>>() { }),
                            pending == null ? Map.of() : prices(pending.get("prices")),
                            pending == null ? 0 : ((Number) pending.get("version")).longValue(),
                            pending == null ? 0 : ((Number) pending.get("revision")).longValue(),
                            row.getLong("last_seq"),
                            read(row.getString("totalizers"), new TypeReference<TreeMap<String, BigDecimal>>() { }));
                });
        return rows.isEmpty() ? new Saved(0, 0, Map.of(), Map.of(), 0, 0, 0, Map.of()) : rows.get(0);
    }

    public void savePrices(String pumpId, long version, long revision, Map<String, Long> prices,
                           Map<String, Object> pending) {
        jdbc.update("""
                INSERT INTO pump_state (pump_id, price_version, price_revision, prices, pending)
                VALUES (:pumpId, :version, :revision, :prices, :pending)
                ON CONFLICT (pump_id) DO UPDATE SET price_version = :version, price_revision = :revision,
                    prices = :prices, pending = :pending""", new MapSqlParameterSource("pumpId", pumpId)
                .addValue("version", version).addValue("revision", revision)
                .addValue("prices", JsonBodies.write(prices))
                .addValue("pending", pending == null ? null : JsonBodies.write(pending)));
    }

    /** A fill that has not become a sale yet: its fuel, captured price, stop and the litres last metered. */
    public record OpenFill(String fuel, long price, long priceVersion, BigDecimal stopAtLitres, BigDecimal litres) {
    }

    public void fillStarted(String pumpId, OpenFill fill, Instant at) {
        jdbc.update("""
                INSERT OR REPLACE INTO open_fill
                    (pump_id, fuel, price, price_version, stop_at_milli, metered_milli, started_at)
                VALUES (:pumpId, :fuel, :price, :version, :stopAt, :metered, :at)""",
                new MapSqlParameterSource("pumpId", pumpId).addValue("fuel", fill.fuel())
                        .addValue("price", fill.price()).addValue("version", fill.priceVersion())
                        .addValue("stopAt", Money.millilitres(fill.stopAtLitres()))
                        .addValue("metered", Money.millilitres(fill.litres()))
                        .addValue("at", Times.stored(at)));
    }

    /** Records what the meter of an open fill shows now. */
    public void metered(String pumpId, BigDecimal litres) {
        jdbc.update("UPDATE open_fill SET metered_milli = :metered WHERE pump_id = :pumpId",
                new MapSqlParameterSource("pumpId", pumpId).addValue("metered", Money.millilitres(litres)));
    }

    public Optional<OpenFill> openFill(String pumpId) {
        return jdbc.query("SELECT * FROM open_fill WHERE pump_id = :pumpId", Map.of("pumpId", pumpId),
                (row, n) -> new OpenFill(row.getString("fuel"), row.getLong("price"), row.getLong("price_version"),
                        Money.fromMillilitres(row.getLong("stop_at_milli")),
                        Money.fromMillilitres(row.getLong("metered_milli")))).stream().findFirst();
    }

    /** Forgets an open fill that poured nothing. */
    public void fillDropped(String pumpId) {
        jdbc.update("DELETE FROM open_fill WHERE pump_id = :pumpId", Map.of("pumpId", pumpId));
    }

    /**
     * Keeps a finished sale until the station acknowledges it, with the counters and totalizer it moves; the open
     * fill it ends goes in the same transaction.
     */
    @Transactional
    public void saleMade(Sale sale, LocalDate day, Map<String, BigDecimal> totalizers) {
        jdbc.update("INSERT INTO outbox (sale_id, pump_id, seq, sale, acked, made_at) "
                        + "VALUES (:saleId, :pumpId, :seq, :sale, 0, :at)",
                new MapSqlParameterSource("saleId", sale.saleId()).addValue("pumpId", sale.pumpId())
                        .addValue("seq", sale.seq()).addValue("sale", JsonBodies.write(sale))
                        .addValue("at", Times.stored(sale.timestamp())));
        fillDropped(sale.pumpId());
        jdbc.update("""
                INSERT INTO day_counter (pump_id, day, fuel, litres_milli, sales, amount)
                VALUES (:pumpId, :day, :fuel, :milli, 1, :total)
                ON CONFLICT (pump_id, day, fuel) DO UPDATE SET litres_milli = litres_milli + :milli,
                    sales = sales + 1, amount = amount + :total""", new MapSqlParameterSource("pumpId", sale.pumpId())
                .addValue("day", day.toString()).addValue("fuel", sale.fuel())
                .addValue("milli", Money.millilitres(sale.litres())).addValue("total", sale.total()));
        jdbc.update("""
                INSERT INTO pump_state (pump_id, last_seq, totalizers) VALUES (:pumpId, :seq, :totalizers)
                ON CONFLICT (pump_id) DO UPDATE SET last_seq = :seq, totalizers = :totalizers""",
                new MapSqlParameterSource("pumpId", sale.pumpId()).addValue("seq", sale.seq())
                        .addValue("totalizers", JsonBodies.write(totalizers)));
    }

    public void acked(String pumpId, String saleId) {
        jdbc.update("UPDATE outbox SET acked = 1 WHERE pump_id = :pumpId AND sale_id = :saleId",
                Map.of("pumpId", pumpId, "saleId", saleId));
    }

    public boolean isAcked(String pumpId, String saleId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE pump_id = :pumpId AND sale_id = :saleId "
                + "AND acked = 1", Map.of("pumpId", pumpId, "saleId", saleId), Long.class);
        return n != null && n > 0;
    }

    public List<Sale> unacked(String pumpId) {
        return jdbc.query("SELECT sale FROM outbox WHERE pump_id = :pumpId AND acked = 0 ORDER BY seq",
                Map.of("pumpId", pumpId), (row, n) -> read(row.getString("sale"), new TypeReference<Sale>() { }));
    }

    public long unackedCount(String pumpId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE pump_id = :pumpId AND acked = 0",
                Map.of("pumpId", pumpId), Long.class);
        return n == null ? 0 : n;
    }

    /** The day's counters per fuel: litres, sales and amount. */
    public Map<String, Map<String, Object>> dayCounters(String pumpId, LocalDate day) {
        Map<String, Map<String, Object>> counters = new TreeMap<>();
        jdbc.query("SELECT fuel, litres_milli, sales, amount FROM day_counter WHERE pump_id = :pumpId AND day = :day",
                Map.of("pumpId", pumpId, "day", day.toString()), row -> {
                    Map<String, Object> counter = new LinkedHashMap<>();
                    counter.put("litres", Money.fromMillilitres(row.getLong("litres_milli")));
                    counter.put("sales", row.getLong("sales"));
                    counter.put("amount", row.getLong("amount"));
                    counters.put(row.getString("fuel"), counter);
                });
        return counters;
    }

    private static Map<String, Long> prices(Object value) {
        Map<String, Long> prices = new TreeMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((fuel, price) -> prices.put(fuel.toString(), ((Number) price).longValue()));
        }
        return prices;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return WireCodec.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable pump record: " + json, e);
        }
    }
}
