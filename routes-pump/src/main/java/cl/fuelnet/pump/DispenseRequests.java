package cl.fuelnet.pump;

import cl.fuelnet.model.Fuel;
import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Money;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** Reads the fuel, litres and pesos of a dispense request, refusing anything a pump should not act on. */
public final class DispenseRequests {

    private static final String FUELS = "93, 95, 97, DIESEL, KEROSENE";

    private DispenseRequests() {
    }

    public static Fuel fuel(JsonNode body) {
        JsonNode fuel = body.get("fuel");
        if (fuel == null || fuel.isNull()) {
            throw new InvalidInputException("fuel is required: one of " + FUELS);
        }
        if (!fuel.isTextual()) {
            throw new InvalidInputException("fuel must be a fuel code as text: one of " + FUELS);
        }
        return Fuel.fromCode(fuel.asText());
    }

    /** Litres at three decimals, above zero and at most the maximum; null when the field is absent. */
    public static BigDecimal litres(JsonNode body, BigDecimal max) {
        JsonNode value = body.get("litres");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidInputException("litres must be a number");
        }
        BigDecimal litres = Money.litres(value.decimalValue());
        if (litres.signum() <= 0 || litres.compareTo(max) > 0) {
            throw new InvalidInputException("litres must be at least 0.001 (three decimals) and at most "
                    + max.toPlainString());
        }
        return litres;
    }

    /** Whole pesos, above zero and at most the maximum; null when the field is absent. */
    public static Long pesos(JsonNode body, long max) {
        JsonNode value = body.get("pesos");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("pesos must be a whole number");
        }
        BigDecimal pesos = value.decimalValue();
        if (pesos.signum() <= 0 || pesos.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidInputException("pesos must be above 0 and at most " + max);
        }
        return pesos.longValueExact();
    }
}
