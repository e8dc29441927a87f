package cl.fuelnet.station;

import cl.fuelnet.model.InvalidInputException;
import org.apache.camel.Header;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
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
        view.put("unsynced", sync.unsyncedCount());
        view.put("lastSync", sync.lastSync());
        view.put("markup", prices.markup());
        view.put("priceVersion", prices.version());
        view.put("totals", sync.totals());
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
                    Map<String, Object> sale = new LinkedHashMap<>();
                    sale.put("saleId", row.getString("sale_id"));
                    sale.put("pumpId", row.getString("pump_id"));
                    sale.put("stationId", row.getString("station_id"));
                    sale.put("seq", row.getLong("seq"));
                    sale.put("fuel", row.getString("fuel"));
                    sale.put("litres", new BigDecimal(row.getString("litres")));
                    sale.put("pricePerLitre", row.getLong("price_per_litre"));
                    sale.put("total", row.getLong("total"));
                    sale.put("timestamp", row.getString("sold_at"));
                    sale.put("priceVersion", row.getLong("price_version"));
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
        if (value == null || value.isBlank()) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1 || limit > 100_000) {
                throw new InvalidInputException("limit must be between 1 and 100000");
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit must be a whole number");
        }
    }
}
