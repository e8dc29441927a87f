package cl.fuelnet.station;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/** Settings of a station, from {@code station.*} properties. */
@ConfigurationProperties("station")
public record StationProperties(String id, int pumpPort, String hqHost, int hqPort, BigDecimal markup,
                                long heartbeatIntervalMs, int missedHeartbeats, long hqRedialMs,
                                int pumpMaxFrameBytes, int hqMaxFrameBytes, int syncBatchSize) {

    public StationProperties {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("station.id must be 1 to 32 letters, digits, '-' or '_'");
        }
        if (markup == null || markup.signum() <= 0) {
            throw new IllegalArgumentException("station.markup must be a positive number such as 1.05");
        }
    }

    /** Silence on a link longer than this means the peer is gone. */
    public long silenceLimitMs() {
        return heartbeatIntervalMs * missedHeartbeats;
    }
}
