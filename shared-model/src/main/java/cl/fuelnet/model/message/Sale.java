package cl.fuelnet.model.message;

import cl.fuelnet.model.Fuel;
import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sale, made at a pump and identified there by {@code saleId} and the pump's own sequence number. The price
 * per litre is the one captured when the fill started; {@code totalizer} is the pump's litre meter for the fuel at
 * the end of the sale.
 */
public record Sale(String saleId, String pumpId, String stationId, long seq, String fuel, BigDecimal litres,
                   long pricePerLitre, long total, Instant timestamp, long priceVersion, BigDecimal totalizer) {

    /** Checks a sale received from another node; a sale that breaks a rule is refused whole. */
    public Sale validated() {
        require(saleId != null && !saleId.isBlank() && saleId.length() <= 64, "saleId missing or too long");
        require(pumpId != null && !pumpId.isBlank() && pumpId.length() <= 32, "pumpId missing or too long");
        require(stationId != null && !stationId.isBlank() && stationId.length() <= 32, "stationId missing");
        require(seq > 0, "seq must be positive");
        require(fuel != null && Fuel.isKnown(fuel), "unknown fuel: " + fuel);
        require(litres != null && litres.signum() > 0 && litres.scale() <= Money.LITRE_SCALE,
                "litres must be positive with at most three decimals");
        require(pricePerLitre > 0, "pricePerLitre must be positive");
        require(total == Money.saleTotal(litres, pricePerLitre), "total does not match litres x price");
        require(timestamp != null, "timestamp missing");
        return this;
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new InvalidInputException("bad sale: " + reason);
        }
    }
}
