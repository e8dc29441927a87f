package cl.fuelnet.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Instants as stored text: always UTC with exactly three fraction digits, so text order is time order. */
public final class Times {

    private static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String stored(Instant instant) {
        return STORED.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
