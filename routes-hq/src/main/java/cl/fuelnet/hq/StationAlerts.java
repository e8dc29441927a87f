package cl.fuelnet.hq;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Times;
import cl.fuelnet.node.QueryParams;
import org.apache.camel.Header;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The history of what happened to stations that an operator must see: down, up, totals that disagree. */
@Component
public class StationAlerts {

    /** The kinds of alert, as shown at {@code GET /api/alerts}. */
    public enum Kind { STATION_DOWN, STATION_UP, TOTALS_MISMATCH, TOTALS_MATCH }

    private static final int MAX_LIMIT = 10_000;

    private final NamedParameterJdbcTemplate jdbc;

    public StationAlerts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void raise(String stationId, Kind kind, String detail) {
        jdbc.update("""
                INSERT INTO station_alert (station_id, kind, detail, raised_at)
                VALUES (:stationId, :kind, :detail, :raisedAt)""",
                new MapSqlParameterSource()
                        .addValue("stationId", stationId)
                        .addValue("kind", kind.name())
                        .addValue("detail", detail)
                        .addValue("raisedAt", Times.stored(Instant.now())));
    }

    /** The newest alerts first, optionally of one station or one kind. */
    public List<Map<String, Object>> recent(@Header("stationId") String stationId, @Header("kind") String kind,
                                            @Header("limit") String limit) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("stationId", stationId == null || stationId.isBlank() ? null : stationId)
                .addValue("kind", kind == null || kind.isBlank() ? null : kindOf(kind).name())
                .addValue("limit", QueryParams.limit(limit, 200, MAX_LIMIT));
        return jdbc.query("""
                SELECT alert_id, station_id, kind, detail, raised_at FROM station_alert
                WHERE (:stationId IS NULL OR station_id = :stationId) AND (:kind IS NULL OR kind = :kind)
                ORDER BY alert_id DESC LIMIT :limit""", params, (row, n) -> {
            Map<String, Object> alert = new LinkedHashMap<>();
            alert.put("alertId", row.getLong("alert_id"));
            alert.put("stationId", row.getString("station_id"));
            alert.put("kind", row.getString("kind"));
            alert.put("detail", row.getString("detail"));
            alert.put("raisedAt", row.getString("raised_at"));
            return alert;
        });
    }

    private static Kind kindOf(String kind) {
        try {
            return Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind must be one of " + List.of(Kind.values()));
        }
    }
}
