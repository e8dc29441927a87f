package cl.fuelnet.model.message;

import java.util.Map;

/**
 * A complete price set keyed by fuel code. From HQ the prices are base prices and {@code revision} is 0; from a
 * station they are its effective prices, {@code version} is the HQ version they derive from and {@code revision}
 * grows with every set the station sends, markup changes included.
 */
public record PriceUpdate(long version, long revision, Map<String, Long> prices) {
}
