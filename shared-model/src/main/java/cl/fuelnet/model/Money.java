package cl.fuelnet.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money and volume rules: prices and totals are whole pesos, volumes are litres with three decimals,
 * and every rounding is half-up. No floating point anywhere.
 */
public final class Money {

    public static final int LITRE_SCALE = 3;

    private Money() {
    }

    /** Station price of a fuel: base price times the station's markup, half-up to whole pesos. */
    public static long effectivePrice(long basePrice, BigDecimal markup) {
        return BigDecimal.valueOf(basePrice).multiply(markup).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Total of a sale: litres times price per litre, half-up to whole pesos. */
    public static long saleTotal(BigDecimal litres, long pricePerLitre) {
        return litres.multiply(BigDecimal.valueOf(pricePerLitre)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A volume at the three decimals litres carry, half-up. */
    public static BigDecimal litres(BigDecimal value) {
        return value.setScale(LITRE_SCALE, RoundingMode.HALF_UP);
    }

    /** A volume as the whole millilitres the stores keep and sum. */
    public static long millilitres(BigDecimal litres) {
        return litres(litres).movePointRight(LITRE_SCALE).longValueExact();
    }

    /** Whole millilitres back as litres with three decimals. */
    public static BigDecimal fromMillilitres(long millilitres) {
        return BigDecimal.valueOf(millilitres, LITRE_SCALE);
    }

    /**
     * The most litres, at three decimals, that a peso preset buys at a price: the volume whose total
     * does not exceed the preset once rounded.
     */
    public static BigDecimal litresForAmount(long pesos, long pricePerLitre) {
        BigDecimal litres = BigDecimal.valueOf(pesos)
                .divide(BigDecimal.valueOf(pricePerLitre), LITRE_SCALE, RoundingMode.DOWN);
        BigDecimal step = BigDecimal.ONE.movePointLeft(LITRE_SCALE);
        while (saleTotal(litres.add(step), pricePerLitre) <= pesos) {
            litres = litres.add(step);
        }
        return litres;
    }

    /** Formats whole pesos the Chilean way: $1.580, $71.100. */
    public static String pesos(long amount) {
        String digits = String.format(java.util.Locale.ROOT, "%,d", Math.abs(amount)).replace(',', '.');
        return (amount < 0 ? "-$" : "$") + digits;
    }
}
