package cl.fuelnet.pump;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Simulated dispensing at a configured flow of 4 L/s: presets in pesos or litres stop at the right litres, a fill
 * can be stopped by hand, and its progress shows in GET /api/pump while it runs.
 */
@TestPropertySource(properties = "pump.flow-litres-per-second=4")
class PresetTest extends PumpTestSupport {

    @BeforeEach
    void prices() {
        pushPrices(Map.of("93", 1290L, "95", 1580L));
    }

    @Test
    void tenThousandPesosOf95StopsAtTheRightLitresAndBillsExactly() {
        JsonNode sale = pump.ok("/api/dispense", "{\"fuel\":\"95\",\"pesos\":10000}");

        assertThat(sale.get("litres").asText()).isEqualTo("6.329");
        assertThat(sale.get("pricePerLitre").asLong()).isEqualTo(1580);
        assertThat(sale.get("total").asLong()).isEqualTo(10_000);
        assertThat(sale.get("acknowledged").asBoolean()).isTrue();
        assertThat(ledger.sale(sale.get("saleId").asText()).total()).isEqualTo(10_000);
    }

    @Test
    void tenThousandPesosOf93BillsExactlyToo() {
        JsonNode sale = pump.ok("/api/dispense", "{\"fuel\":\"93\",\"pesos\":10000}");

        assertThat(sale.get("litres").asText()).isEqualTo("7.752");
        assertThat(sale.get("total").asLong()).isEqualTo(10_000);
    }

    @Test
    void litrePresetPoursAtTheConfiguredFlow() {
        long began = System.nanoTime();
        JsonNode sale = pump.ok("/api/dispense", "{\"fuel\":\"93\",\"litres\":2.5}");
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        assertThat(sale.get("litres").asText()).isEqualTo("2.500");
        assertThat(sale.get("total").asLong()).isEqualTo(3225);
        assertThat(tookMillis).as("2.5 L at 4 L/s").isGreaterThanOrEqualTo(625);
    }

    @Test
    void progressShowsWhileTheFillRuns() {
        pump.ok("/api/dispense/start", "{\"fuel\":\"95\",\"litres\":5}");

        JsonNode fill = await().atMost(WAIT).until(() -> pump.view().path("fill"),
                progress -> progress.path("litres").decimalValue().compareTo(new BigDecimal("1.000")) >= 0
                        && progress.path("litres").decimalValue().compareTo(new BigDecimal("5.000")) < 0);
        BigDecimal litres = fill.get("litres").decimalValue();
        assertThat(fill.get("fuel").asText()).isEqualTo("95");
        assertThat(fill.get("stopAtLitres").asText()).isEqualTo("5.000");
        assertThat(fill.get("amount").asLong())
                .isEqualTo(litres.multiply(BigDecimal.valueOf(1580)).setScale(0, RoundingMode.HALF_UP).longValue());

        await().atMost(WAIT).until(() -> "FREE".equals(pump.state()));
        JsonNode view = pump.view();
        assertThat(view.has("fill")).isFalse();
        assertThat(view.get("totalizers").get("95").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("5.000"));
    }

    @Test
    void aFillCanBeStoppedByHand() {
        long seq = pump.view().get("lastSeq").asLong();
        pump.ok("/api/dispense/start", "{\"fuel\":\"95\"}");
        await().atMost(WAIT).until(() -> pump.view().path("fill").path("litres").decimalValue()
                .compareTo(BigDecimal.ONE) >= 0);

        JsonNode sale = pump.ok("/api/dispense/stop", "");

        BigDecimal litres = sale.get("litres").decimalValue();
        assertThat(litres).isGreaterThanOrEqualTo(BigDecimal.ONE).isLessThan(new BigDecimal("300"));
        assertThat(litres.scale()).isEqualTo(3);
        assertThat(sale.get("total").asLong())
                .isEqualTo(litres.multiply(BigDecimal.valueOf(1580)).setScale(0, RoundingMode.HALF_UP).longValue());
        assertThat(sale.get("seq").asLong()).isEqualTo(seq + 1);
        assertThat(pump.state()).isEqualTo("FREE");
    }
}
