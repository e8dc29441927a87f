package cl.fuelnet.station;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter and a cap: the n-th retry (from 1) waits between half and all of
 * {@code min(cap, first x 2^(n-1))}, so stations that lost HQ together do not all call back at the same instant.
 */
public record Backoff(long firstMs, long capMs) {

    /** The longest wait before retry number {@code attempt}, before jitter. */
    public long ceilingMs(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        long ceiling = firstMs << doublings;
        return ceiling <= 0 || ceiling > capMs ? capMs : ceiling;
    }

    /** The wait before retry number {@code attempt}: a random value in [ceiling / 2, ceiling]. */
    public long delayMs(int attempt) {
        long ceiling = ceilingMs(attempt);
        return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }
}
