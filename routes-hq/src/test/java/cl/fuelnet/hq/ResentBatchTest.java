package cl.fuelnet.hq;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleBatchAck;
import cl.fuelnet.model.message.Totals;
import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A station that lost the ack of a batch sends it again, on a new connection: head office acknowledges every id
 * once more and no count or total changes (case 10). A batch with one malformed sale is refused whole, with an
 * error on the link that stays up.
 */
class ResentBatchTest extends HqTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void resentBatchChangesNoTotal() throws Exception {
        List<Sale> batch = TestSales.many("4", 50, Instant.parse("2026-04-01T08:00:00Z"));
        TestStation station = onlineStation("4", new Totals(50, 0, 50));
        SaleBatchAck first = station.storeBatch(batch, WAIT);
        Map<String, Object> stored = totals();
        JsonNode report = api.getJson("/api/reports/sales");

        station.close();
        TestStation again = onlineStation("4", new Totals(50, 0, 50));
        SaleBatchAck resent = again.storeBatch(batch, WAIT);

        assertThat(first.saleIds()).hasSize(50);
        assertThat(resent.saleIds()).containsExactlyElementsOf(first.saleIds());
        assertThat(totals()).isEqualTo(stored);
        assertThat(((Number) stored.get("sales")).longValue()).isEqualTo(50);
        assertThat(((Number) stored.get("amount")).longValue()).isEqualTo(batch.stream().mapToLong(Sale::total).sum());
        assertThat(api.getJson("/api/reports/sales").get("total")).isEqualTo(report.get("total"));
    }

    @Test
    void batchWithOneBadSaleIsRefusedWholeAndTheLinkStaysUp() throws Exception {
        TestStation station = onlineStation("5", new Totals(0, 0, 0));
        List<Sale> batch = new ArrayList<>(TestSales.many("5", 3, Instant.parse("2026-04-02T08:00:00Z")));
        Sale good = batch.get(2);
        batch.set(2, new Sale(good.saleId(), good.pumpId(), good.stationId(), good.seq(), good.fuel(), good.litres(),
                good.pricePerLitre(), good.total() + 1, good.timestamp(), good.priceVersion(), good.totalizer()));

        station.sendBatch(batch);

        JsonNode error = station.take(MessageType.ERROR, WAIT).body();
        assertThat(error.get("error").asText()).contains("total does not match");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sale WHERE station_id = '5'", Long.class)).isZero();
        SaleBatchAck ack = station.storeBatch(batch.subList(0, 2), WAIT);
        assertThat(ack.saleIds()).hasSize(2);
        assertThat(WireCodec.mapper().valueToTree(ack).get("batchId").asText()).isNotBlank();
    }

    private Map<String, Object> totals() {
        return jdbc.queryForMap("SELECT COUNT(*) AS sales, SUM(total) AS amount, SUM(litres_milli) AS litres "
                + "FROM sale WHERE station_id = '4'");
    }
}
