package cl.fuelnet.station;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleBatch;
import cl.fuelnet.model.message.SaleBatchAck;
import cl.fuelnet.model.message.Totals;
import cl.fuelnet.model.message.WireCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the station's unsynced sales to HQ, one batch at a time, and marks them synced only for the ids HQ's
 * acknowledgement lists. A batch whose ack does not come within the ack timeout counts as lost; the next one goes
 * after an exponential backoff with jitter, so a struggling HQ is not flooded. However often the link flaps and
 * whoever asks (a new sale, the heartbeat, a reconnect, the operator), at most one batch awaits an ack.
 */
@Component
public class SaleSync {

    private static final Logger LOG = LoggerFactory.getLogger(SaleSync.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final StationProperties properties;
    private final Backoff backoff;
    private String batchInFlight;
    private long batchSentAt;
    private int failures;
    private long retryAt;
    private volatile Instant lastSync;

    public SaleSync(NamedParameterJdbcTemplate jdbc, StationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.backoff = properties.syncBackoff();
    }

    /**
     * The next batch to send as a line, or null: when nothing is unsynced, a batch still awaits its ack, or the
     * backoff after a lost batch is not over. A returned batch counts as in flight until acked or lost.
     */
    public synchronized String nextBatch() {
        long now = System.currentTimeMillis();
        if (batchInFlight != null) {
            if (now - batchSentAt < properties.syncAckTimeoutMs()) {
                return null;
            }
            failures++;
            retryAt = now + backoff.delayMs(failures);
            LOG.warn("HQ did not acknowledge batch {} in {} ms; next try in {} ms", batchInFlight,
                    properties.syncAckTimeoutMs(), retryAt - now);
            batchInFlight = null;
        }
        if (now < retryAt) {
            return null;
        }
        List<Sale> sales = unsynced(properties.syncBatchSize());
        if (sales.isEmpty()) {
            return null;
        }
        batchInFlight = UUID.randomUUID().toString();
        batchSentAt = now;
        LOG.debug("Sending batch {} of {} sales to HQ", batchInFlight, sales.size());
        return WireCodec.encode(MessageType.SALE_BATCH, properties.id(), new SaleBatch(batchInFlight, sales));
    }

    /** HQ holds these sales: mark them synced and answer with the next batch, if any. */
    @Transactional
    public synchronized String acknowledged(SaleBatchAck ack) {
        int marked = 0;
        for (List<String> chunk : chunks(ack.saleIds())) {
            marked += jdbc.update("UPDATE sales SET synced = 1 WHERE synced = 0 AND sale_id IN (:ids)",
                    Map.of("ids", chunk));
        }
        if (ack.batchId() != null && ack.batchId().equals(batchInFlight)) {
            batchInFlight = null;
            failures = 0;
            retryAt = 0;
        }
        lastSync = Instant.now();
        LOG.info("Sync: HQ acknowledged batch {}: {} sales marked synced, {} still unsynced", ack.batchId(), marked,
                unsyncedCount());
        return nextBatch();
    }

    /** Whether a batch awaits HQ's ack now. */
    public synchronized boolean inFlight() {
        return batchInFlight != null;
    }

    /** The link dropped: whatever was in flight goes again on the next connection. */
    public synchronized void linkLost() {
        batchInFlight = null;
    }

    /** A new connection: whatever is unsynced may go at once. */
    public synchronized void linkUp() {
        batchInFlight = null;
        retryAt = 0;
    }

    public Instant lastSync() {
        return lastSync;
    }

    public long unsyncedCount() {
        Long count = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM sales WHERE synced = 0", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The station's own totals. Count and amount come from the pump counters, which are kept in step with the
     * sales in the same transaction, so a heartbeat or a page never reads the whole sales table.
     */
    public Totals totals() {
        return jdbc.getJdbcTemplate().queryForObject(
                "SELECT COALESCE(SUM(sales), 0) AS n, COALESCE(SUM(amount), 0) AS amount, "
                        + "(SELECT COUNT(*) FROM sales WHERE synced = 0) AS unsynced FROM pump_counter",
                (row, n) -> new Totals(row.getLong("n"), row.getLong("amount"), row.getLong("unsynced")));
    }

    private List<Sale> unsynced(int limit) {
        return jdbc.query("""
                SELECT sale_id, pump_id, station_id, seq, fuel, litres, price_per_litre, total, sold_at,
                       price_version, totalizer
                FROM sales WHERE synced = 0 ORDER BY stored_at, sale_id LIMIT :limit""",
                new MapSqlParameterSource("limit", limit), (row, n) -> new Sale(
                        row.getString("sale_id"), row.getString("pump_id"), row.getString("station_id"),
                        row.getLong("seq"), row.getString("fuel"), new BigDecimal(row.getString("litres")),
                        row.getLong("price_per_litre"), row.getLong("total"), Instant.parse(row.getString("sold_at")),
                        row.getLong("price_version"),
                        row.getString("totalizer") == null ? null : new BigDecimal(row.getString("totalizer"))));
    }

    private static List<List<String>> chunks(List<String> ids) {
        int size = 500;
        return java.util.stream.IntStream.range(0, (ids.size() + size - 1) / size)
                .mapToObj(i -> ids.subList(i * size, Math.min(ids.size(), (i + 1) * size))).toList();
    }
}
