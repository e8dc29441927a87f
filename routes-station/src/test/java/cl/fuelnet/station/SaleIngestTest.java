package cl.fuelnet.station;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.Sale;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A pump's resend of a sale is harmless: one row, one journal line, counted once, acknowledged each time. */
class SaleIngestTest extends StationTestSupport {

    @Test
    void resentSaleIsStoredAndCountedOnce() throws Exception {
        TestPump pump = pump("7-1");
        Sale sale = pump.sale("95", "45", 1575);

        pump.send(sale);
        pump.awaitAck(sale);
        pump.send(sale);
        pump.send(sale);

        await().atMost(Duration.ofSeconds(10)).until(() -> pump.acksFor(sale) == 3);
        assertThat(count("SELECT COUNT(*) FROM sales WHERE sale_id = '" + sale.saleId() + "'")).isEqualTo(1);
        assertThat(Files.readAllLines(DATA_DIR.resolve(StationJournal.FILE_NAME)).stream()
                .filter(line -> line.contains(sale.saleId())).count()).isEqualTo(1);
        JsonNode counter = counters("7-1").path("95");
        assertThat(counter.path("sales").asLong()).isEqualTo(1);
        assertThat(counter.path("litres").decimalValue()).isEqualByComparingTo("45");
        assertThat(counter.path("amount").asLong()).isEqualTo(70875);
    }

    @Test
    void badSaleClosesOnlyItsLink() throws Exception {
        TestPump bad = pump("7-2");
        TestPump good = pump("7-3");
        Sale wrongTotal = new Sale("bad-" + System.nanoTime(), "7-2", STATION, 1, "95",
                new java.math.BigDecimal("10"), 1000, 9999, java.time.Instant.now(), 1, null);

        bad.send(MessageType.SALE, wrongTotal);
        Sale fine = good.sale("DIESEL", "0.001", 999);
        good.send(fine);

        good.awaitAck(fine);
        await().atMost(Duration.ofSeconds(10)).until(() -> !bad.received(MessageType.ERROR).isEmpty());
        assertThat(count("SELECT COUNT(*) FROM sales WHERE sale_id = '" + wrongTotal.saleId() + "'")).isZero();
        assertThat(count("SELECT total FROM sales WHERE sale_id = '" + fine.saleId() + "'")).isEqualTo(1);
        assertThat(good.isOpen()).isTrue();
    }

    private JsonNode counters(String pumpId) {
        for (JsonNode pump : api.get("/pumps")) {
            if (pump.path("pumpId").asText().equals(pumpId)) {
                return pump.path("counters");
            }
        }
        throw new AssertionError("no pump " + pumpId);
    }
}
