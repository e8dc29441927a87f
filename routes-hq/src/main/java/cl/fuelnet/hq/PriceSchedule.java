package cl.fuelnet.hq;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.StateConflictException;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.node.QueryParams;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Price changes held until their time. They are stored, so a restart keeps them; when due they are applied one
 * by one in the order of their time (then of their creation), each as a new price version.
 */
@Component
public class PriceSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(PriceSchedule.class);

    static final String PENDING = "PENDING";
    static final String APPLIED = "APPLIED";
    static final String CANCELLED = "CANCELLED";

    private final NamedParameterJdbcTemplate jdbc;
    private final PriceBook priceBook;

    public PriceSchedule(NamedParameterJdbcTemplate jdbc, PriceBook priceBook) {
        this.jdbc = jdbc;
        this.priceBook = priceBook;
    }

    @Transactional
    public Map<String, Object> hold(PriceChange change) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("effectiveAt", Times.stored(change.effectiveAt()))
                .addValue("createdAt", Times.stored(Instant.now()))
                .addValue("status", PENDING);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO price_schedule (effective_at, created_at, status)
                VALUES (:effectiveAt, :createdAt, :status)""", params, key, new String[] {"schedule_id"});
        long scheduleId = key.getKey().longValue();
        change.prices().forEach((fuel, price) -> jdbc.update("""
                INSERT INTO price_schedule_item (schedule_id, fuel, price) VALUES (:scheduleId, :fuel, :price)""",
                new MapSqlParameterSource().addValue("scheduleId", scheduleId).addValue("fuel", fuel)
                        .addValue("price", price)));
        LOG.info("Price change {} held until {}: {}", scheduleId, change.effectiveAt(), change.prices());
        return find(scheduleId);
    }

    /** Applies every held change whose time has come, oldest first; answers the versions made. */
    @Transactional
    public List<PriceUpdate> applyDue() {
        List<Long> due = jdbc.queryForList("""
                SELECT schedule_id FROM price_schedule WHERE status = :status AND effective_at <= :now
                ORDER BY effective_at, schedule_id""",
                new MapSqlParameterSource().addValue("status", PENDING).addValue("now", Times.stored(Instant.now())),
                Long.class);
        List<PriceUpdate> applied = new ArrayList<>();
        for (Long scheduleId : due) {
            PriceUpdate version = priceBook.apply(items(scheduleId), "SCHEDULED", scheduleId);
            jdbc.update("""
                    UPDATE price_schedule SET status = :applied, applied_version = :version, applied_at = :at
                    WHERE schedule_id = :scheduleId""",
                    new MapSqlParameterSource().addValue("applied", APPLIED).addValue("version", version.version())
                            .addValue("at", Times.stored(Instant.now())).addValue("scheduleId", scheduleId));
            applied.add(version);
        }
        return applied;
    }

    @Transactional
    public Map<String, Object> cancel(@Header("scheduleId") String scheduleId) {
        long id = id(scheduleId);
        Map<String, Object> held = find(id);
        int changed = jdbc.update("""
                UPDATE price_schedule SET status = :cancelled WHERE schedule_id = :scheduleId AND status = :pending""",
                new MapSqlParameterSource().addValue("cancelled", CANCELLED).addValue("pending", PENDING)
                        .addValue("scheduleId", id));
        if (changed == 0) {
            throw new StateConflictException("price change " + id + " is " + held.get("status")
                    + " and can no longer be cancelled");
        }
        LOG.info("Held price change {} cancelled", id);
        return find(id);
    }

    /** Held changes in the order they apply: pending ones first, then the most recent others. */
    public List<Map<String, Object>> list(@Header("limit") String limit) {
        List<Long> ids = jdbc.queryForList("""
                SELECT schedule_id FROM price_schedule
                ORDER BY CASE WHEN status = :pending THEN 0 ELSE 1 END,
                         CASE WHEN status = :pending THEN effective_at END,
                         effective_at DESC, schedule_id
                LIMIT :limit""",
                new MapSqlParameterSource().addValue("pending", PENDING)
                        .addValue("limit", QueryParams.limit(limit, 100, 1000)), Long.class);
        return ids.stream().map(this::find).toList();
    }

    private Map<String, Object> find(long scheduleId) {
        List<Map<String, Object>> rows = jdbc.query("""
                SELECT schedule_id, effective_at, created_at, status, applied_version, applied_at
                FROM price_schedule WHERE schedule_id = :scheduleId""", Map.of("scheduleId", scheduleId),
                (row, n) -> {
                    Map<String, Object> held = new LinkedHashMap<>();
                    held.put("scheduleId", row.getLong("schedule_id"));
                    held.put("effectiveAt", row.getString("effective_at"));
                    held.put("createdAt", row.getString("created_at"));
                    held.put("status", row.getString("status"));
                    held.put("appliedVersion", row.getObject("applied_version") == null ? null
                            : row.getLong("applied_version"));
                    held.put("appliedAt", row.getString("applied_at"));
                    return held;
                });
        if (rows.isEmpty()) {
            throw new InvalidInputException("no held price change " + scheduleId);
        }
        Map<String, Object> held = rows.get(0);
        held.put("prices", items(scheduleId));
        return held;
    }

    private Map<String, Long> items(long scheduleId) {
        Map<String, Long> prices = new LinkedHashMap<>();
        jdbc.query("SELECT fuel, price FROM price_schedule_item WHERE schedule_id = :scheduleId ORDER BY fuel",
                Map.of("scheduleId", scheduleId), row -> {
                    prices.put(row.getString("fuel"), row.getLong("price"));
                });
        return prices;
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("a held price change is named by its number");
        }
    }
}
