package cl.fuelnet.model.message;

import java.math.BigDecimal;
import java.util.Map;

/**
 * First message of a lower node on a new connection. A pump says its state, the price revision it applied and
 * the highest sale sequence it made; a station says its markup, the HQ price version it applied and its totals.
 * Fields that do not apply to the sender are null.
 */
public record Hello(String nodeId, long priceVersion, long priceRevision, String state, Long lastSeq,
                    BigDecimal markup, Totals totals, Map<String, Long> pendingPrices) {
}
