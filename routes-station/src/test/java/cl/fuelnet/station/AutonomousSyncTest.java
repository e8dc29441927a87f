package cl.fuelnet.station;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.Sale;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 200 sales made while HQ is down reach HQ exactly once when it returns, and the station counts 0 unsynced. */
class AutonomousSyncTest extends StationTestSupport {

    @Test
    void salesMadeWhileHqIsDownReachItOnce() throws Exception {
        List<TestPump> pumps = List.of(pump("7-11"), pump("7-12"), pump("7-13"), pump("7-14"));
        await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/station").path("unsynced").asLong() == 0);
        HQ.stop();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "AUTONOMOUS".equals(api.get("/station").path("hqLink").asText()));

        List<Sale> made = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            TestPump pump = pumps.get(i % 4);
            Sale sale = pump.sale(i % 2 == 0 ? "95" : "DIESEL", "10.5", 1500);
            pump.send(sale);
            made.add(sale);
        }
        for (Sale sale : made) {
            pumps.stream().filter(p -> p.pumpId.equals(sale.pumpId())).findFirst().orElseThrow().awaitAck(sale);
        }
        assertThat(api.get("/station").path("unsynced").asLong()).isEqualTo(200);
        assertThat(api.get("/station").path("hqLink").asText()).isEqualTo("AUTONOMOUS");

        HQ.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/station").path("unsynced").asLong() == 0);
        for (Sale sale : made) {
            Sale atHq = HQ.sales.get(sale.saleId());
            assertThat(atHq.total()).isEqualTo(sale.total());
            assertThat(atHq.seq()).isEqualTo(sale.seq());
            assertThat(HQ.arrivals.get(sale.saleId())).hasValue(1);
        }
        assertThat(HQ.batchesWhileOneUnacked).hasValue(0);
        assertThat(api.get("/station").path("hqLink").asText()).isEqualTo("ONLINE");
    }

    @Test
    void oneBatchAwaitsItsAckHoweverOftenSyncIsAskedOrTheLinkFlaps() throws Exception {
        TestPump pump = pump("7-15");
        HQ.holdAcks(true);
        int batchesBefore = HQ.batches.size();
        Sale sale = pump.sale("93", "20", 1344);
        pump.send(sale);
        pump.awaitAck(sale);
        await().atMost(Duration.ofSeconds(10)).until(() -> HQ.batches.size() == batchesBefore + 1);

        AtomicInteger asked = new AtomicInteger();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            api.post("/sync");
            return asked.incrementAndGet() >= 10;
        });
        assertThat(HQ.batches).hasSize(batchesBefore + 1);
        assertThat(HQ.batchesWhileOneUnacked).hasValue(0);

        HQ.dropLink();
        await().atMost(Duration.ofSeconds(10)).until(() -> HQ.batches.size() == batchesBefore + 2);
        HQ.holdAcks(false);
        api.post("/sync");
        HQ.dropLink();

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/station").path("unsynced").asLong() == 0);
        assertThat(HQ.sales).containsKey(sale.saleId());
        assertThat(HQ.batchesWhileOneUnacked).hasValue(0);
        assertThat(HQ.firstMessages).isNotEmpty().containsOnly(MessageType.HELLO);
    }
}
