package cl.fuelnet.model.message;

import java.math.BigDecimal;
import java.util.List;

/** Periodic sign of life from a lower node; a station adds its markup, price version, totals and pumps. */
public record Heartbeat(String nodeId, long priceVersion, BigDecimal markup, Totals totals,
                        List<PumpStatus> pumps) {
}
