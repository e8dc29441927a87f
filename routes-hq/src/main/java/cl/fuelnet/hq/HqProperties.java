package cl.fuelnet.hq;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * Settings of head office, from {@code hq.*} properties.
 *
 * @param heartbeatIntervalMs how often a station sends its heartbeat
 * @param missedHeartbeats    how many heartbeats a station may miss before it counts as down
 * @param watchIntervalMs     how often the registry looks for stations that went silent
 * @param scheduleCheckMs     how often held price changes are checked for being due
 */
@ConfigurationProperties("hq")
public record HqProperties(int linkPort, int maxFrameBytes, long priceCeiling, Map<String, Long> initialPrices,
                           @DefaultValue("2000") long heartbeatIntervalMs, @DefaultValue("3") int missedHeartbeats,
                           @DefaultValue("500") long watchIntervalMs, @DefaultValue("500") long scheduleCheckMs) {

    /** How long a connected station may stay silent before the link is closed and it counts as down. */
    public long silenceLimitMs() {
        return heartbeatIntervalMs * missedHeartbeats;
    }
}
