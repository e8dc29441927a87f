package cl.fuelnet.hq;

import java.time.Instant;
import java.util.Map;

/**
 * A checked request to change base prices: the new price of each named fuel and, for a change held until later,
 * the instant it takes effect (null for now).
 */
public record PriceChange(Map<String, Long> prices, Instant effectiveAt) {

    public boolean isScheduled() {
        return effectiveAt != null;
    }
}
