package cl.fuelnet.hq;

import cl.fuelnet.hq.SalesReport.Line;
import cl.fuelnet.model.Fuel;
import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Money;
import cl.fuelnet.model.Times;
import cl.fuelnet.node.QueryParams;
import org.apache.camel.Header;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the sales report from the consolidated store. One query grouped by station and fuel feeds both views,
 * so the totals by fuel and by station always add up to the same figures. Sums are exact: litres are added as
 * thousandths, revenue as whole pesos.
 */
@Component
public class SalesReports {

    private final NamedParameterJdbcTemplate jdbc;

    public SalesReports(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SalesReport report(@Header("from") String fromParam, @Header("to") String toParam,
                              @Header("stationId") String stationParam) {
        Instant from = QueryParams.instant("from", fromParam);
        Instant to = QueryParams.instant("to", toParam);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("from must be before to");
        }
        String stationId = stationParam == null || stationParam.isBlank() ? null : stationParam.trim();
        Map<String, Line> byFuel = new LinkedHashMap<>();
        for (Fuel fuel : Fuel.values()) {
            byFuel.put(fuel.code(), Line.EMPTY);
        }
        Map<String, Line> byStation = new TreeMap<>();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("stationId", stationId)
                .addValue("from", from == null ? null : Times.stored(from))
                .addValue("to", to == null ? null : Times.stored(to));
        jdbc.query("""
                SELECT station_id, fuel, COUNT(*) AS sales, SUM(litres_milli) AS litres_milli, SUM(total) AS revenue
                FROM sale
                WHERE (:stationId IS NULL OR station_id = :stationId)
                  AND (:from IS NULL OR sold_at >= :from)
                  AND (:to IS NULL OR sold_at < :to)
                GROUP BY station_id, fuel""", params, row -> {
                    Line line = new Line(Money.fromMillilitres(row.getLong("litres_milli")), row.getLong("sales"),
                            row.getLong("revenue"));
                    byFuel.merge(row.getString("fuel"), line, Line::plus);
                    byStation.merge(row.getString("station_id"), line, Line::plus);
                });
        Line total = byFuel.values().stream().reduce(Line.EMPTY, Line::plus);
        return new SalesReport(from, to, stationId, Instant.now(), byFuel, byStation, total);
    }
}
