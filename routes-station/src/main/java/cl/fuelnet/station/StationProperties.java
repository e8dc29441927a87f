package cl.fuelnet.station;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/** Settings of a station, from {@code station.*} properties. */
@ConfigurationProperties("station")
public record StationProperties(String id, int pumpPort, String hqHost, int hqPort, BigDecimal markup,
                                long heartbeatIntervalMs, int missedHeartbeats, long hqRedialMs, long hqRedialCapMs,
                                int pumpMaxFrameBytes, int hqMaxFrameBytes, int syncBatchSize, long syncAckTimeoutMs,
                                long syncRetryMs, long syncRetryCapMs, int ingestBatchMax, int backupsKept) {

    public StationProperties {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("station.id must be 1 to 32 letters, digits, '-' or '_'");
        }
        if (markup == null || markup.signum() <= 0) {
            throw new IllegalArgumentException("station.markup must be a positive number such as 1.05");
        }
        if (hqRedialMs <= 0 || hqRedialCapMs < hqRedialMs || syncRetryMs <= 0 || syncRetryCapMs < syncRetryMs) {
            throw new IllegalArgumentException("station.hq-redial-ms and station.sync-retry-ms must be positive "
                    + "and not above their caps");
        }
        if (ingestBatchMax < 1 || backupsKept < 1 || syncBatchSize < 1) {
            throw new IllegalArgumentException("station.ingest-batch-max, station.backups-kept and "
                    + "station.sync-batch-size must be at least 1");
        }
    }

    /** Silence on a link longer than this means the peer is gone. */
    public long silenceLimitMs() {
        return heartbeatIntervalMs * missedHeartbeats;
    }

    /** How long to wait between dials to HQ: from the first redial delay, doubling, up to the cap. */
    public Backoff redialBackoff() {
        return new Backoff(hqRedialMs, hqRedialCapMs);
    }

    /** How long to wait before resending a batch HQ did not acknowledge. */
    public Backoff syncBackoff() {
        return new Backoff(syncRetryMs, syncRetryCapMs);
    }
}
