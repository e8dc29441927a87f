package cl.fuelnet.hq;

import cl.fuelnet.model.Fuel;
import cl.fuelnet.node.QueryParams;
import cl.fuelnet.node.SaleRows;
import org.apache.camel.Header;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Reads consolidated sales with the API's filters: station, fuel, time range and a limit. */
@Component
public class SalesQuery {

    private static final int MAX_LIMIT = 100_000;

    private final NamedParameterJdbcTemplate jdbc;

    public SalesQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> find(@Header("stationId") String stationId, @Header("fuel") String fuel,
                                          @Header("from") String from, @Header("to") String to,
                                          @Header("limit") String limit) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("stationId", blankToNull(stationId))
                .addValue("fuel", fuel == null || fuel.isBlank() ? null : Fuel.fromCode(fuel).code())
                .addValue("from", QueryParams.stored("from", from))
                .addValue("to", QueryParams.stored("to", to))
                .addValue("limit", QueryParams.limit(limit, 1000, MAX_LIMIT));
        return jdbc.query("""
                SELECT station_id, sale_id, pump_id, seq, fuel, litres, price_per_litre, total, sold_at, price_version
                FROM sale
                WHERE (:stationId IS NULL OR station_id = :stationId)
                  AND (:fuel IS NULL OR fuel = :fuel)
                  AND (:from IS NULL OR sold_at >= :from)
                  AND (:to IS NULL OR sold_at < :to)
                ORDER BY sold_at DESC, station_id, seq DESC
                LIMIT :limit""", params, (row, n) -> SaleRows.view(row));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
