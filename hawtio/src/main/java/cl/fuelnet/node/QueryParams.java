package cl.fuelnet.node;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Times;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the query parameters the API shares: limits and instants. */
public final class QueryParams {

    private QueryParams() {
    }

    public static int limit(String value, int byDefault, int max) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1 || limit > max) {
                throw new InvalidInputException("limit must be between 1 and " + max);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit must be a whole number");
        }
    }

    /** An ISO-8601 instant parameter, or null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name + " must be an ISO-8601 instant such as 2026-12-03T00:00:00Z");
        }
    }

    /** The same instant as stored text, or null when absent. */
    public static String stored(String name, String value) {
        Instant instant = instant(name, value);
        return instant == null ? null : Times.stored(instant);
    }
}
