package cl.fuelnet.hq;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Sales totals over a time range, by fuel and by station. Litres carry three decimals; revenue is whole pesos.
 *
 * @param from      start of the range, inclusive (null: from the first sale)
 * @param to        end of the range, exclusive (null: up to now)
 * @param stationId the one station reported on, or null for all
 * @param byFuel    totals per fuel code, every fuel listed
 * @param byStation totals per station that sold in the range
 * @param total     totals of the whole report
 */
public record SalesReport(Instant from, Instant to, String stationId, Instant generatedAt,
                          Map<String, Line> byFuel, Map<String, Line> byStation, Line total) {

    /** Litres, number of sales and revenue of one group. */
    public record Line(BigDecimal litres, long sales, long revenue) {

        static final Line EMPTY = new Line(new BigDecimal("0.000"), 0, 0);

        Line plus(Line other) {
            return new Line(litres.add(other.litres), sales + other.sales, revenue + other.revenue);
        }
    }
}
