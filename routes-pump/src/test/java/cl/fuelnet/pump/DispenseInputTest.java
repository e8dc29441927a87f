package cl.fuelnet.pump;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad dispense requests are a 400 with a JSON error and leave the pump as it was: FREE and without a new sale, or
 * DISPENSING the same fill. The pump's maximums are 300 L and $1.000.000.
 */
class DispenseInputTest extends PumpTestSupport {

    @BeforeEach
    void prices() {
        pushPrices(Map.of("95", 1580L));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"fuel\":\"95\",\"litres\":-5}",
        "{\"fuel\":\"95\",\"litres\":0}",
        "{\"fuel\":\"95\",\"litres\":0.0004}",
        "{\"fuel\":\"95\",\"litres\":\"many\"}",
        "{\"fuel\":\"95\",\"litres\":\"45\"}",
        "{\"fuel\":\"95\",\"litres\":true}",
        "{\"fuel\":\"95\",\"litres\":300.001}",
        "{\"fuel\":\"95\",\"litres\":1e308}",
        "{\"fuel\":\"95\",\"pesos\":-10000}",
        "{\"fuel\":\"95\",\"pesos\":0}",
        "{\"fuel\":\"95\",\"pesos\":\"many\"}",
        "{\"fuel\":\"95\",\"pesos\":1000001}",
        "{\"fuel\":\"95\",\"pesos\":10000.5}",
        "{\"fuel\":\"95\",\"pesos\":1}",
        "{\"fuel\":\"95\",\"litres\":10,\"pesos\":10000}",
        "{\"litres\":45}",
        "{\"fuel\":null,\"litres\":45}",
        "{\"fuel\":\"98\",\"litres\":45}",
        "{\"fuel\":95,\"litres\":45}",
        "{\"fuel\":\"95\"}",
        "{\"fuel\":\"95\",\"litres\":NaN}",
        "[\"95\",45]",
        "fuel=95&litres=45",
        ""
    })
    void aBadWholeSaleIsRefusedAndThePumpStaysFree(String body) {
        assertRefused("/api/dispense", body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"fuel\":\"95\",\"litres\":-1}",
        "{\"fuel\":\"95\",\"litres\":\"many\"}",
        "{\"fuel\":\"95\",\"pesos\":0}",
        "{\"fuel\":\"GAS\"}",
        "{}",
        "not json"
    })
    void aBadStartIsRefusedAndThePumpStaysFree(String body) {
        assertRefused("/api/dispense/start", body);
    }

    @Test
    void aBadFinishIsRefusedAndTheFillGoesOn() {
        pump.ok("/api/dispense/start", "{\"fuel\":\"95\",\"litres\":200}");

        for (String body : new String[] {"{\"litres\":-5}", "{\"litres\":0}", "{\"litres\":\"many\"}", "{}",
                "{\"litres\":301}", "{\"litres\":200.001}"}) {
            PumpHttp.Reply reply = pump.post("/api/dispense/finish", body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.error()).as(body).isNotBlank();
            assertThat(pump.state()).as(body).isEqualTo("DISPENSING");
        }

        JsonNode sale = pump.ok("/api/dispense/finish", "{\"litres\":20}");
        assertThat(sale.get("total").asLong()).isEqualTo(31_600);
    }

    private void assertRefused(String path, String body) {
        long seq = pump.view().get("lastSeq").asLong();

        PumpHttp.Reply reply = pump.post(path, body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().isObject()).isTrue();
        assertThat(reply.error()).isNotBlank();
        JsonNode view = pump.view();
        assertThat(view.get("state").asText()).isEqualTo("FREE");
        assertThat(view.has("fill")).isFalse();
        assertThat(view.get("lastSeq").asLong()).isEqualTo(seq);
    }
}
