package cl.fuelnet.hq;

import cl.fuelnet.node.QueryParams;
import org.apache.camel.Header;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every price version, newest first: when, from where, the complete prices and what changed from the one before. */
@Component
public class PriceHistory {

    private final NamedParameterJdbcTemplate jdbc;

    public PriceHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> recent(@Header("limit") String limit) {
        List<Map<String, Object>> versions = jdbc.query("""
                SELECT version, created_at, origin, schedule_id FROM price_version
                ORDER BY version DESC LIMIT :limit""",
                new MapSqlParameterSource("limit", QueryParams.limit(limit, 50, 10_000)), (row, n) -> {
                    Map<String, Object> version = new LinkedHashMap<>();
                    version.put("version", row.getLong("version"));
                    version.put("createdAt", row.getString("created_at"));
                    version.put("origin", row.getString("origin"));
                    version.put("scheduleId", row.getObject("schedule_id") == null ? null
                            : row.getLong("schedule_id"));
                    return version;
                });
        if (versions.isEmpty()) {
            return versions;
        }
        long newest = (long) versions.get(0).get("version");
        long oldest = (long) versions.get(versions.size() - 1).get("version");
        Map<Long, Map<String, Long>> prices = prices(oldest - 1, newest);
        for (Map<String, Object> version : versions) {
            long number = (long) version.get("version");
            Map<String, Long> now = prices.getOrDefault(number, Map.of());
            version.put("prices", now);
            version.put("changes", changes(prices.get(number - 1), now));
        }
        return versions;
    }

    private Map<Long, Map<String, Long>> prices(long from, long to) {
        Map<Long, Map<String, Long>> prices = new HashMap<>();
        jdbc.query("""
                SELECT version, fuel, price FROM price WHERE version BETWEEN :from AND :to ORDER BY version, fuel""",
                new MapSqlParameterSource().addValue("from", from).addValue("to", to), row -> {
                    prices.computeIfAbsent(row.getLong("version"), v -> new LinkedHashMap<>())
                            .put(row.getString("fuel"), row.getLong("price"));
                });
        return prices;
    }

    /** Per fuel whose price moved: the old price (null for the first version) and the new one. */
    private static Map<String, Map<String, Long>> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Map<String, Long>> changes = new LinkedHashMap<>();
        after.forEach((fuel, price) -> {
            Long old = before == null ? null : before.get(fuel);
            if (!price.equals(old)) {
                Map<String, Long> change = new LinkedHashMap<>();
                change.put("old", old);
                change.put("new", price);
                changes.put(fuel, change);
            }
        });
        return changes;
    }
}
