package cl.fuelnet.station;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.Sale;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real station processes killed with kill -9 and started again on the same data folder: a sale stored but not yet
 * acknowledged is held once after the pump resends it (case 11), and the last prices and markup are served with
 * HQ down (case 12).
 */
class StationRestartTest {

    @Test
    void aSaleStoredBeforeTheKillIsHeldOnceAfterThePumpResends() throws Exception {
        Path dataDir = StationTestSupport.newDataDir("killed-");
        int noHq = AvailablePortFinder.getNextAvailable();
        Sale sale;
        try (StationProcess first = StationProcess.start(dataDir, "9", noHq, 1);
             TestPump pump = TestPump.connect(first.pumpPort, "9-1", "9")) {
            sale = pump.sale("95", "45", 1575);
            pump.send(sale);
            pump.awaitAck(sale);
            first.kill();
        }

        try (StationProcess second = StationProcess.start(dataDir, "9", noHq, 2);
             TestPump pump = TestPump.connect(second.pumpPort, "9-1", "9")) {
            pump.send(sale);
            pump.awaitAck(sale);

            JsonNode sales = second.api.get("/sales?limit=100");
            assertThat(sales).hasSize(1);
            assertThat(sales.get(0).path("saleId").asText()).isEqualTo(sale.saleId());
            assertThat(sales.get(0).path("total").asLong()).isEqualTo(70875);
            JsonNode counter = second.api.get("/pumps").get(0).path("counters").path("95");
            assertThat(counter.path("sales").asLong()).isEqualTo(1);
            assertThat(counter.path("amount").asLong()).isEqualTo(70875);
            assertThat(Files.readAllLines(dataDir.resolve(StationJournal.FILE_NAME)).stream()
                    .filter(line -> line.contains(sale.saleId())).count()).isEqualTo(1);
            assertThat(second.api.get("/station").path("unsynced").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aStationRestartedWhileHqIsDownServesItsLastPrices() throws Exception {
        Path dataDir = StationTestSupport.newDataDir("restarted-");
        try (TestHq hq = new TestHq().start()) {
            try (StationProcess first = StationProcess.start(dataDir, "3", hq.port, 1)) {
                await().atMost(Duration.ofSeconds(20)).until(hq::connected);
                long version = hq.prices(Map.of("93", 1290L, "95", 1500L, "97", 1390L, "DIESEL", 999L,
                        "KEROSENE", 800L));
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> first.api.get("/prices").path("version").asLong() == version);
                assertThat(first.api.put("/markup", "{\"markup\":1.10}").status()).isEqualTo(200);
                first.kill();
            }
            hq.stop();

            try (StationProcess second = StationProcess.start(dataDir, "3", hq.port, 2);
                 TestPump pump = TestPump.connect(second.pumpPort, "3-1", "3")) {
                PriceUpdate prices = pump.awaitBody(MessageType.PRICE_UPDATE, PriceUpdate.class, p -> true);

                assertThat(prices.prices()).containsEntry("93", 1419L).containsEntry("95", 1650L)
                        .containsEntry("97", 1529L).containsEntry("DIESEL", 1099L).containsEntry("KEROSENE", 880L);
                JsonNode station = second.api.get("/station");
                assertThat(station.path("hqLink").asText()).isEqualTo("AUTONOMOUS");
                assertThat(station.path("markup").decimalValue()).isEqualByComparingTo("1.10");
            }
        }
    }
}
