package cl.fuelnet.hq;

import cl.fuelnet.model.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads a price change from the API: the prices as the price book checks them, and an optional
 * {@code effectiveAt} that must lie in the future (a change for now is sent without it).
 */
@Component
public class PriceRequests {

    private final PriceBook priceBook;

    public PriceRequests(PriceBook priceBook) {
        this.priceBook = priceBook;
    }

    public PriceChange read(JsonNode request) {
        return new PriceChange(priceBook.validate(request), effectiveAt(request.get("effectiveAt")));
    }

    private static Instant effectiveAt(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        Instant at;
        try {
            at = value.isTextual() ? Instant.parse(value.asText()) : null;
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (at == null) {
            throw new InvalidInputException("effectiveAt must be an ISO-8601 instant such as 2026-12-03T08:00:00Z");
        }
        if (!at.isAfter(Instant.now())) {
            throw new InvalidInputException("effectiveAt " + at + " is not in the future; leave it out to change "
                    + "prices now");
        }
        return at;
    }
}
