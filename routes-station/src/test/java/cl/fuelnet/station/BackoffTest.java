package cl.fuelnet.station;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Redial and resend waits: doubling from the first delay, capped, with jitter in the upper half. */
class BackoffTest {

    private final Backoff backoff = new Backoff(500, 30_000);

    @Test
    void theCeilingDoublesUpToTheCap() {
        assertThat(backoff.ceilingMs(1)).isEqualTo(500);
        assertThat(backoff.ceilingMs(2)).isEqualTo(1000);
        assertThat(backoff.ceilingMs(6)).isEqualTo(16_000);
        assertThat(backoff.ceilingMs(7)).isEqualTo(30_000);
        assertThat(backoff.ceilingMs(1000)).isEqualTo(30_000);
    }

    @Test
    void eachDelayIsJitteredBetweenHalfAndAllOfItsCeiling() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            long delay = backoff.delayMs(3);
            assertThat(delay).isBetween(1000L, 2000L);
            seen.add(delay);
        }
        assertThat(seen.size()).isGreaterThan(50);
        assertThat(backoff.delayMs(50)).isBetween(15_000L, 30_000L);
    }
}
