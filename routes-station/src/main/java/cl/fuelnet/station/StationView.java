package cl.fuelnet.station;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.message.Totals;
import cl.fuelnet.node.QueryParams;
import cl.fuelnet.node.SaleRows;
import org.apache.camel.Header;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only views of the station for its API and dashboard. */
@Component
public class StationView {

    private final StationProperties properties;
    private final HqLink link;
    private final SaleSync sync;
    private final StationPrices prices;
    private final NamedParameterJdbcTemplate jdbc;

    public StationView(StationProperties properties, HqLink link, SaleSync sync, StationPrices prices,
                       NamedParameterJdbcTemplate jdbc) {
        this.properties = properties;
        this.link = link;
        this.sync = sync;
        this.prices = prices;
        this.jdbc = jdbc;
    }

    public Map<String, Object> station() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stationId", properties.id());
        view.put("hqLink", link.status());
        Totals totals = sync.totals();
        view.put("unsynced", totals.unsynced());
        view.put("lastSync", sync.lastSync());
        view.put("markup", prices.markup());
        view.put("priceVersion", prices.version());
        view.put("totals", totals);
        return view;
    }

    public List<Map<String, Object>> sales(@Header("limit") String limit, @Header("synced") String synced) {
        Integer syncedFlag = switch (synced == null ? "" : synced) {
            case "" -> null;
            case "true" -> 1;
            case "false" -> 0;
            default -> throw new InvalidInputException("synced must be true or false");
        };
        return jdbc.query("""
                SELECT sale_id, pump_id, station_id, seq, fuel, litres, price_per_litre, total, sold_at,
                       price_version, synced
                FROM sales WHERE (:synced IS NULL OR synced = :synced)
                ORDER BY stored_at DESC, sale_id LIMIT :limit""",
                new MapSqlParameterSource("synced", syncedFlag).addValue("limit", limit(limit)), (row, n) -> {
                    Map<String, Object> sale = SaleRows.view(row);
                    sale.put("synced", row.getInt("synced") == 1);
                    return sale;
                });
    }

    public List<Map<String, Object>> priceHistory(@Header("limit") String limit) {
        return jdbc.query("""
                SELECT fuel, kind, old_value, new_value, version, revision, origin, changed_at
                FROM price_history ORDER BY id DESC LIMIT :limit""",
                new MapSqlParameterSource("limit", limit(limit)), (row, n) -> {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("fuel", row.getString("fuel"));
                    change.put("kind", row.getString("kind"));
                    change.put("oldValue", row.getString("old_value"));
                    change.put("newValue", row.getString("new_value"));
                    change.put("version", row.getLong("version"));
                    change.put("revision", row.getLong("revision"));
                    change.put("origin", row.getString("origin"));
                    change.put("timestamp", row.getString("changed_at"));
                    return change;
                });
    }

    private static int limit(String value) {
        return QueryParams.limit(value, 100, 100_000);
    }
}
