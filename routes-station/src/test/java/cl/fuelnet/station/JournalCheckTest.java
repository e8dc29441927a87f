package cl.fuelnet.station;

import cl.fuelnet.model.message.Sale;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Case 15: a sale row deleted from the database is found by the log check and restored from the JSON log. */
class JournalCheckTest extends StationTestSupport {

    @Test
    void theLogCheckRestoresADeletedSaleWithItsCounters() throws Exception {
        TestPump pump = pump("7-51");
        Sale kept = pump.sale("KEROSENE", "12.5", 900);
        Sale deleted = pump.sale("KEROSENE", "30", 900);
        pump.send(kept);
        pump.send(deleted);
        pump.awaitAck(kept);
        pump.awaitAck(deleted);

        jdbc.update("DELETE FROM sales WHERE sale_id = :id", Map.of("id", deleted.saleId()));
        assertThat(count("SELECT COUNT(*) FROM sales WHERE pump_id = '7-51'")).isEqualTo(1);

        JsonNode report = api.post("/journal/check");

        assertThat(report.path("restored").asInt()).isEqualTo(1);
        assertThat(report.path("restoredSaleIds").get(0).asText()).isEqualTo(deleted.saleId());
        assertThat(report.path("notInJournal").asInt()).isZero();
        Map<String, Object> row = jdbc.queryForMap("SELECT litres, price_per_litre, total, synced FROM sales "
                + "WHERE sale_id = :id", Map.of("id", deleted.saleId()));
        assertThat(row).containsEntry("litres", "30").containsEntry("price_per_litre", 900)
                .containsEntry("total", 27000);
        Map<String, Object> counter = jdbc.queryForMap("SELECT litres_milli, sales, amount FROM pump_counter "
                + "WHERE pump_id = '7-51' AND fuel = 'KEROSENE'", Map.of());
        assertThat(counter).containsEntry("litres_milli", 42500).containsEntry("sales", 2)
                .containsEntry("amount", 11250 + 27000);

        JsonNode again = api.post("/journal/check");
        assertThat(again.path("restored").asInt()).isZero();
        assertThat(again.path("countersCorrected").asInt()).isZero();
    }
}
