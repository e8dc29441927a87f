package cl.fuelnet.model.message;

import java.util.Map;

/** A station's view of one of its pumps, as reported to HQ. */
public record PumpStatus(String pumpId, String state, boolean connected, long priceVersion,
                         Map<String, Long> pendingPrices) {
}
