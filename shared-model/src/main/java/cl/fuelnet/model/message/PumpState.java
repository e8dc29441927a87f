package cl.fuelnet.model.message;

import java.util.Map;

/** A pump's state after a transition or a price change: what it sells at and what it holds back. */
public record PumpState(String pumpId, String state, long priceVersion, long priceRevision,
                        Map<String, Long> prices, Map<String, Long> pendingPrices) {
}
