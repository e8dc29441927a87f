package cl.fuelnet.hq;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * Settings of head office, from {@code hq.*} properties.
 *
 * @param heartbeatIntervalMs how often a station sends its heartbeat
 * @param missedHeartbeats    how many heartbeats a station may miss before it counts as down
 * @param scheduleCheckMs     how often held price changes are checked for being due
 */
@ConfigurationProperties("hq")
public record HqProperties(int linkPort, int maxFrameBytes, long priceCeiling, Map<String, Long> initialPrices,
                           @DefaultValue("2000") long heartbeatIntervalMs, @DefaultValue("3") int missedHeartbeats,
                           @DefaultValue("500") long scheduleCheckMs) {

    /**
     * How long a connected station may stay silent before it counts as down; the link's idle watch then closes
     * the connection, so the station redials.
     */
    public long silenceLimitMs() {
        return heartbeatIntervalMs * missedHeartbeats;
    }
}
