package cl.fuelnet.pump;

import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.Sale;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A pump process that ends and starts again on the same data folder: its unacknowledged sale is resent and the
 * station stores it once; a fill it was dispensing becomes a sale at the litres its meter last recorded; its prices
 * and sequence survive.
 */
class PumpRestartTest {

    private static final String PUMP_ID = "3-2";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private final StationLedger ledger = new StationLedger();
    private TestStation station;
    private int stationPort;
    private int pumpPort;

    @BeforeEach
    void openStation() throws IOException {
        stationPort = AvailablePortFinder.getNextAvailable();
        pumpPort = AvailablePortFinder.getNextAvailable();
        station = TestStation.listen("3", stationPort, ledger);
        station.push(new PriceUpdate(7, 7, Map.of("95", 1580L, "DIESEL", 990L)));
    }

    @AfterEach
    void closeStation() throws IOException {
        station.close();
    }

    @Test
    void anUnacknowledgedSaleIsResentAfterARestartAndStoredOnce() {
        station.holdAcks(true);
        String saleId;
        try (ConfigurableApplicationContext first = start()) {
            PumpHttp pump = connected();
            pump.ok("/api/dispense/start", "{\"fuel\":\"95\"}");
            JsonNode sale = pump.ok("/api/dispense/finish", "{\"litres\":45}");
            saleId = sale.get("saleId").asText();
            assertThat(sale.get("acknowledged").asBoolean()).isFalse();
            assertThat(ledger.holds(saleId)).as("the station stored it but its ack never came").isTrue();
            assertThat(pump.view().get("unackedSales").asLong()).isEqualTo(1);
        }
        int deliveredBefore = ledger.deliveries(saleId);

        station.holdAcks(false);
        try (ConfigurableApplicationContext second = start()) {
            PumpHttp pump = connected();
            await().atMost(WAIT).until(() -> pump.view().get("unackedSales").asLong() == 0);

            assertThat(ledger.deliveries(saleId)).as("resent by the new process").isGreaterThan(deliveredBefore);
            assertThat(ledger.storedCount()).as("stored once").isEqualTo(1);
            Sale stored = ledger.sale(saleId);
            assertThat(stored.total()).isEqualTo(71_100);
            assertThat(stored.seq()).isEqualTo(1);

            JsonNode view = pump.view();
            assertThat(view.get("lastSeq").asLong()).isEqualTo(1);
            assertThat(view.get("prices").get("95").asLong()).isEqualTo(1580);
            assertThat(view.get("priceVersion").asLong()).isEqualTo(7);
            assertThat(view.get("totalizers").get("95").asText()).isEqualTo("45.000");

            int delivered = ledger.deliveries(saleId);
            int beats = station.heartbeats(PUMP_ID);
            await().atMost(WAIT).until(() -> station.heartbeats(PUMP_ID) >= beats + 3);
            assertThat(ledger.deliveries(saleId)).as("no resend after the ack").isEqualTo(delivered);
        }
    }

    @Test
    void aFillCutOffByTheEndOfTheProcessBecomesASaleAtTheLastMeterReading() throws SQLException {
        try (ConfigurableApplicationContext first = start()) {
            PumpHttp pump = connected();
            pump.ok("/api/dispense/start", "{\"fuel\":\"DIESEL\"}");
            await().atMost(WAIT).until(() -> metered() >= 2_000);
        }
        long meteredMilli = metered();
        assertThat(ledger.storedCount()).isZero();

        try (ConfigurableApplicationContext second = start()) {
            PumpHttp pump = connected();
            await().atMost(WAIT).until(() -> ledger.storedCount() == 1);

            JsonNode view = pump.view();
            assertThat(view.get("state").asText()).isEqualTo("FREE");
            assertThat(view.get("lastSeq").asLong()).isEqualTo(1);
            assertThat(view.get("totalizers").get("DIESEL").decimalValue())
                    .isEqualByComparingTo(BigDecimal.valueOf(meteredMilli, 3));
        }
        Sale sale = ledger.sale(ledger.onlySaleId());
        assertThat(sale.litres()).isEqualTo(BigDecimal.valueOf(meteredMilli, 3));
        assertThat(sale.pricePerLitre()).isEqualTo(990);
        assertThat(sale.total()).isEqualTo(BigDecimal.valueOf(meteredMilli * 990, 3)
                .setScale(0, RoundingMode.HALF_UP).longValueExact());
        assertThat(metered()).as("the open fill is gone").isEqualTo(-1);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PumpApplication.class).run(
                "--pump.ids=" + PUMP_ID,
                "--pump.web-ports=" + pumpPort,
                "--server.port=0",
                "--pump.station-host=127.0.0.1",
                "--pump.station-port=" + stationPort,
                "--fuelnet.data-dir=" + dataDir,
                "--pump.heartbeat-interval-ms=250",
                "--pump.missed-heartbeats=8",
                "--pump.station-redial-ms=200",
                "--pump.tick-ms=20",
                "--pump.meter-save-ms=100",
                "--pump.ack-wait-ms=500");
    }

    private PumpHttp connected() {
        await().atMost(WAIT).until(() -> station.connected(PUMP_ID));
        return new PumpHttp(pumpPort);
    }

    /** The litres (in millilitres) the open fill's meter last recorded on disk, or -1 when there is none. */
    private long metered() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("pumps.db"));
             Statement query = db.createStatement();
             ResultSet row = query.executeQuery("SELECT metered_milli FROM open_fill")) {
            return row.next() ? row.getLong(1) : -1;
        }
    }
}
