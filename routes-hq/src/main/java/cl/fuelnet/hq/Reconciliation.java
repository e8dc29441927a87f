package cl.fuelnet.hq;

import cl.fuelnet.hq.StationAlerts.Kind;
import cl.fuelnet.hq.StationRegistry.Station;
import cl.fuelnet.model.message.Totals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares what a fully synced station says it sold (count and amount) with what head office stored for it, and
 * raises an alert when they start or stop disagreeing. The stored sums are read again only when the station's
 * figures changed or head office stored sales for it since the last comparison.
 */
@Component
public class Reconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final StationAlerts alerts;
    private final Set<String> storedSinceCheck = ConcurrentHashMap.newKeySet();
    private final Map<String, ReconciliationState> lastCompared = new ConcurrentHashMap<>();

    public Reconciliation(NamedParameterJdbcTemplate jdbc, StationAlerts alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    /** Head office stored sales of this station: its next comparison reads the sums again. */
    public void salesStored(String stationId) {
        storedSinceCheck.add(stationId);
    }

    public void check(Station station) {
        synchronized (station) {
            ReconciliationState last = lastCompared.getOrDefault(station.getStationId(),
                    ReconciliationState.UNKNOWN);
            station.reconciliation(compare(station, last, station.getTotals()));
        }
    }

    private ReconciliationState compare(Station station, ReconciliationState last, Totals totals) {
        if (totals == null) {
            return station.getReconciliation();
        }
        if (totals.unsynced() > 0) {
            return new ReconciliationState(ReconciliationState.SYNCING, totals.sales(), totals.amount(),
                    last.hqSales(), last.hqAmount(), last.checkedAt());
        }
        String stationId = station.getStationId();
        boolean sameFigures = last.compared() && Objects.equals(last.stationSales(), totals.sales())
                && Objects.equals(last.stationAmount(), totals.amount());
        if (sameFigures && !storedSinceCheck.contains(stationId)) {
            return last;
        }
        storedSinceCheck.remove(stationId);
        Map<String, Object> held = jdbc.queryForMap(
                "SELECT COUNT(*) AS sales, COALESCE(SUM(total), 0) AS amount FROM sale WHERE station_id = :stationId",
                Map.of("stationId", stationId));
        long hqSales = ((Number) held.get("sales")).longValue();
        long hqAmount = ((Number) held.get("amount")).longValue();
        boolean match = hqSales == totals.sales() && hqAmount == totals.amount();
        ReconciliationState next = new ReconciliationState(match ? ReconciliationState.MATCH
                : ReconciliationState.MISMATCH, totals.sales(), totals.amount(), hqSales, hqAmount, Instant.now());
        raiseOnChange(stationId, last, next);
        lastCompared.put(stationId, next);
        return next;
    }

    private void raiseOnChange(String stationId, ReconciliationState last, ReconciliationState next) {
        String figures = "station " + next.stationSales() + " sales / $" + next.stationAmount() + ", head office "
                + next.hqSales() + " sales / $" + next.hqAmount();
        boolean wasMismatch = ReconciliationState.MISMATCH.equals(last.status());
        if (ReconciliationState.MISMATCH.equals(next.status()) && (!wasMismatch || !sameHeld(last, next))) {
            LOG.warn("Station {} totals disagree with head office: {}", stationId, figures);
            alerts.raise(stationId, Kind.TOTALS_MISMATCH, figures);
        } else if (ReconciliationState.MATCH.equals(next.status()) && wasMismatch) {
            LOG.info("Station {} totals agree with head office again: {}", stationId, figures);
            alerts.raise(stationId, Kind.TOTALS_MATCH, figures);
        }
    }

    private static boolean sameHeld(ReconciliationState a, ReconciliationState b) {
        return Objects.equals(a.stationSales(), b.stationSales())
                && Objects.equals(a.stationAmount(), b.stationAmount())
                && Objects.equals(a.hqSales(), b.hqSales()) && Objects.equals(a.hqAmount(), b.hqAmount());
    }
}
