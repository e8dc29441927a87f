package cl.fuelnet.station;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Money;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.node.SaleRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Records the sales of the station's pumps. In one transaction the new sales are stored, counted on their pump and
 * fuel and appended to the journal; a sale already held (a pump's resend) changes nothing.
 */
@Component
public class SaleLedger {

    private final NamedParameterJdbcTemplate jdbc;
    private final StationJournal journal;
    private final StationProperties properties;

    public SaleLedger(NamedParameterJdbcTemplate jdbc, StationJournal journal, StationProperties properties) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.properties = properties;
    }

    /** Checks a sale that arrived on a pump's link; a sale that breaks a rule is refused whole. */
    public Sale accepted(Sale sale, String linkPumpId) {
        sale.validated();
        if (!properties.id().equals(sale.stationId()) || !sale.pumpId().equals(linkPumpId)) {
            throw new InvalidInputException("bad sale: sale " + sale.saleId() + " of pump " + sale.pumpId()
                    + " at station " + sale.stationId() + " arrived on the link of pump " + linkPumpId);
        }
        return sale;
    }

    /**
     * Stores the sales not held yet and counts them, in one transaction; when {@code logged} is false they are
     * also appended to the journal (forced once) before the commit. Returns the sales that were new.
     */
    @Transactional
    public List<Sale> store(List<Sale> sales, boolean logged) {
        if (sales.isEmpty()) {
            return List.of();
        }
        String storedAt = Times.stored(Instant.now());
        int[] inserted = jdbc.batchUpdate(INSERT_SALE, sales.stream().map(sale -> saleRow(sale, storedAt))
                .toArray(SqlParameterSource[]::new));
        List<Sale> added = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            if (inserted[i] == 1) {
                added.add(sales.get(i));
            }
        }
        count(added);
        if (!logged) {
            journal.sales(added);
        }
        return added;
    }

    /**
     * Recounts every pump's counters from the sales held, the record they must agree with; answers how many
     * pump and fuel counters changed.
     */
    @Transactional
    public int recount() {
        Map<String, String> before = counters();
        jdbc.getJdbcTemplate().update("DELETE FROM pump_counter");
        jdbc.getJdbcTemplate().update("""
                INSERT INTO pump_counter (pump_id, fuel, litres_milli, sales, amount)
                SELECT pump_id, fuel, SUM(litres_milli), COUNT(*), SUM(total) FROM sales GROUP BY pump_id, fuel""");
        Map<String, String> after = counters();
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        return (int) keys.stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).count();
    }

    private Map<String, String> counters() {
        Map<String, String> counters = new HashMap<>();
        jdbc.getJdbcTemplate().query("SELECT pump_id, fuel, litres_milli, sales, amount FROM pump_counter", row -> {
            counters.put(row.getString("pump_id") + "/" + row.getString("fuel"),
                    row.getLong("litres_milli") + "/" + row.getLong("sales") + "/" + row.getLong("amount"));
        });
        return counters;
    }

    private static final String INSERT_SALE = """
            INSERT INTO sales (sale_id, pump_id, station_id, seq, fuel, litres, litres_milli, price_per_litre,
                               total, sold_at, price_version, totalizer, stored_at, synced)
            VALUES (:saleId, :pumpId, :stationId, :seq, :fuel, :litres, :litresMilli, :pricePerLitre, :total,
                    :soldAt, :priceVersion, :totalizer, :storedAt, 0)
            ON CONFLICT (sale_id) DO NOTHING""";

    private static SqlParameterSource saleRow(Sale sale, String storedAt) {
        return SaleRows.parameters(sale)
                .addValue("totalizer", sale.totalizer() == null ? null : sale.totalizer().toPlainString())
                .addValue("storedAt", storedAt);
    }

    /** Adds the sales to their pump and fuel counters, one update per pump and fuel. */
    private void count(List<Sale> added) {
        Map<String, long[]> sums = new HashMap<>();
        Map<String, Sale> firstOf = new HashMap<>();
        for (Sale sale : added) {
            String key = sale.pumpId() + "/" + sale.fuel();
            firstOf.putIfAbsent(key, sale);
            long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
            sum[0] += Money.millilitres(sale.litres());
            sum[1] += 1;
            sum[2] += sale.total();
        }
        sums.forEach((key, sum) -> jdbc.update("""
                INSERT INTO pump_counter (pump_id, fuel, litres_milli, sales, amount)
                VALUES (:pumpId, :fuel, :litresMilli, :sales, :amount)
                ON CONFLICT (pump_id, fuel) DO UPDATE SET litres_milli = litres_milli + :litresMilli,
                    sales = sales + :sales, amount = amount + :amount""", new MapSqlParameterSource()
                .addValue("pumpId", firstOf.get(key).pumpId())
                .addValue("fuel", firstOf.get(key).fuel())
                .addValue("litresMilli", sum[0])
                .addValue("sales", sum[1])
                .addValue("amount", sum[2])));
    }
}
