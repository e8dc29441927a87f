package cl.fuelnet.node;

import cl.fuelnet.model.Money;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.Sale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sale as the stores of the station and of HQ keep it: the same columns (litres as exact text and in
 * millilitres, times as stored text) and the same fields when it is shown through the API.
 */
public final class SaleRows {

    private SaleRows() {
    }

    /** Named parameters of the columns every sale table has. */
    public static MapSqlParameterSource parameters(Sale sale) {
        return new MapSqlParameterSource()
                .addValue("saleId", sale.saleId())
                .addValue("pumpId", sale.pumpId())
                .addValue("stationId", sale.stationId())
                .addValue("seq", sale.seq())
                .addValue("fuel", sale.fuel())
                .addValue("litres", sale.litres().toPlainString())
                .addValue("litresMilli", Money.millilitres(sale.litres()))
                .addValue("pricePerLitre", sale.pricePerLitre())
                .addValue("total", sale.total())
                .addValue("soldAt", Times.stored(sale.timestamp()))
                .addValue("priceVersion", sale.priceVersion());
    }

    /** The API view of a sale row: saleId, stationId, pumpId, seq, fuel, litres, price, total, time, version. */
    public static Map<String, Object> view(ResultSet row) throws SQLException {
        Map<String, Object> sale = new LinkedHashMap<>();
        sale.put("saleId", row.getString("sale_id"));
        sale.put("stationId", row.getString("station_id"));
        sale.put("pumpId", row.getString("pump_id"));
        sale.put("seq", row.getLong("seq"));
        sale.put("fuel", row.getString("fuel"));
        sale.put("litres", new BigDecimal(row.getString("litres")));
        sale.put("pricePerLitre", row.getLong("price_per_litre"));
        sale.put("total", row.getLong("total"));
        sale.put("timestamp", row.getString("sold_at"));
        sale.put("priceVersion", row.getLong("price_version"));
        return sale;
    }
}
