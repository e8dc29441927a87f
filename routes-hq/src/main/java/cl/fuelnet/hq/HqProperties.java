package cl.fuelnet.hq;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/** Settings of head office, from {@code hq.*} properties. */
@ConfigurationProperties("hq")
public record HqProperties(int linkPort, int maxFrameBytes, long priceCeiling, Map<String, Long> initialPrices,
                           long heartbeatIntervalMs, int missedHeartbeats) {

    /** How long a connected station may stay silent before the link is closed and it counts as down. */
    public long silenceLimitMs() {
        return heartbeatIntervalMs * missedHeartbeats;
    }
}
