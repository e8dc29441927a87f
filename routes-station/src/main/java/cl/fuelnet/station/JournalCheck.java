package cl.fuelnet.station;

import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.Sale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's log check: compares the sales in the database with the sales in the JSON log. A sale in the log
 * but not in the database is restored from the log, counters included; a sale in the database but not in the log,
 * or held differently by the two, is reported (the database keeps its value). The pump counters are then recounted
 * from the sales, so they agree with them however the rows went missing.
 */
@Component
public class JournalCheck {

    private static final Logger LOG = LoggerFactory.getLogger(JournalCheck.class);
    private static final int IDS_SHOWN = 100;

    private final StationJournal journal;
    private final SaleLedger ledger;
    private final SaleWriter writer;
    private final NamedParameterJdbcTemplate jdbc;

    /** The fields both records must agree on. */
    private record Held(String pumpId, String fuel, BigDecimal litres, long pricePerLitre, long total) {

        static Held of(Sale sale) {
            return new Held(sale.pumpId(), sale.fuel(), sale.litres(), sale.pricePerLitre(), sale.total());
        }
    }

    public JournalCheck(StationJournal journal, SaleLedger ledger, SaleWriter writer,
                        NamedParameterJdbcTemplate jdbc) {
        this.journal = journal;
        this.ledger = ledger;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    /** Runs the check and answers what it found and restored. */
    public Map<String, Object> run() {
        StationJournal.Contents logged = journal.read();
        return writer.withCommitsHeld(() -> compareAndRestore(logged));
    }

    private Map<String, Object> compareAndRestore(StationJournal.Contents logged) {
        Map<String, Held> stored = stored();
        List<Sale> missing = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        logged.sales().forEach((saleId, sale) -> {
            Held held = stored.get(saleId);
            if (held == null) {
                missing.add(sale);
            } else if (!held.equals(Held.of(sale))) {
                differing.add(saleId);
            }
        });
        List<String> notInJournal = stored.keySet().stream()
                .filter(saleId -> !logged.sales().containsKey(saleId)).sorted().toList();
        List<Sale> restored = ledger.store(missing, true);
        int recounted = ledger.recount();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("checkedAt", Times.stored(Instant.now()));
        report.put("journalSales", logged.sales().size());
        report.put("databaseSales", stored.size());
        report.put("restored", restored.size());
        report.put("restoredSaleIds", first(restored.stream().map(Sale::saleId).toList()));
        report.put("notInJournal", notInJournal.size());
        report.put("notInJournalSaleIds", first(notInJournal));
        report.put("differing", differing.size());
        report.put("differingSaleIds", first(differing));
        report.put("unreadableLines", logged.unreadableLines());
        report.put("countersCorrected", recounted);
        save(report);
        if (restored.isEmpty() && notInJournal.isEmpty() && differing.isEmpty() && recounted == 0) {
            LOG.info("Log check: the database holds the {} sales of the journal", logged.sales().size());
        } else {
            LOG.warn("Log check: {} sales restored from the journal, {} not in the journal, {} differing, "
                    + "{} counters corrected", restored.size(), notInJournal.size(), differing.size(), recounted);
        }
        return report;
    }

    private Map<String, Held> stored() {
        Map<String, Held> stored = new HashMap<>();
        jdbc.query("SELECT sale_id, pump_id, fuel, litres, price_per_litre, total FROM sales", row -> {
            stored.put(row.getString("sale_id"), new Held(row.getString("pump_id"), row.getString("fuel"),
                    new BigDecimal(row.getString("litres")), row.getLong("price_per_litre"), row.getLong("total")));
        });
        return stored;
    }

    private void save(Map<String, Object> report) {
        jdbc.update("""
                INSERT INTO journal_check (checked_at, journal_sales, database_sales, restored, not_in_journal,
                                           differing, unreadable)
                VALUES (:checkedAt, :journalSales, :databaseSales, :restored, :notInJournal, :differing,
                        :unreadableLines)""", new MapSqlParameterSource(report));
    }

    private static List<String> first(List<String> ids) {
        return ids.size() <= IDS_SHOWN ? ids : ids.subList(0, IDS_SHOWN);
    }
}
