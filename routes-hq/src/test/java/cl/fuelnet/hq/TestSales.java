package cl.fuelnet.hq;

import cl.fuelnet.model.Fuel;
import cl.fuelnet.model.Money;
import cl.fuelnet.model.message.Sale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Makes valid sales for tests: varied fuels, pumps and volumes, totals by the money rules. */
final class TestSales {

    private TestSales() {
    }

    static Sale sale(String stationId, int pump, long seq, String fuel, String litres, long price, Instant at) {
        BigDecimal volume = new BigDecimal(litres);
        return new Sale(UUID.randomUUID().toString(), stationId + "-" + pump, stationId, seq, fuel, volume, price,
                Money.saleTotal(volume, price), at, 1, volume);
    }

    /** {@code count} sales of a station, one second apart from {@code start}, cycling over fuels and pumps. */
    static List<Sale> many(String stationId, int count, Instant start) {
        Fuel[] fuels = Fuel.values();
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String litres = BigDecimal.valueOf(5_000 + (i * 7_919L) % 55_000, 3).toPlainString();
            long price = 990 + (i * 37L) % 600;
            sales.add(sale(stationId, 1 + i % 4, i + 1, fuels[i % fuels.length].code(), litres, price,
                    start.plusSeconds(i)));
        }
        return sales;
    }
}
