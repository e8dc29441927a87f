package cl.fuelnet.hq;

import java.time.Instant;

/**
 * How a station's own totals compare with the sales head office holds for it. Only a station with nothing left
 * to sync can be compared: until then its status is SYNCING.
 *
 * @param status         UNKNOWN (no totals reported yet), SYNCING, MATCH or MISMATCH
 * @param stationSales   sales count the station reported
 * @param stationAmount  amount in pesos the station reported
 * @param hqSales        sales count head office holds for the station, when compared
 * @param hqAmount       amount in pesos head office holds for the station, when compared
 * @param checkedAt      when the two were last compared
 */
public record ReconciliationState(String status, Long stationSales, Long stationAmount, Long hqSales,
                                  Long hqAmount, Instant checkedAt) {

    public static final String MATCH = "MATCH";
    public static final String MISMATCH = "MISMATCH";
    public static final String SYNCING = "SYNCING";

    static final ReconciliationState UNKNOWN = new ReconciliationState("UNKNOWN", null, null, null, null, null);

    boolean compared() {
        return MATCH.equals(status) || MISMATCH.equals(status);
    }
}
