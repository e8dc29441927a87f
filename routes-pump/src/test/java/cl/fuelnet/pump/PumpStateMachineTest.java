package cl.fuelnet.pump;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PumpState;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * FREE and DISPENSING with explicit moves: a move from the wrong state, or a fuel without a price, is a 409 with a
 * reason and changes nothing; every move is told to the station.
 */
class PumpStateMachineTest extends PumpTestSupport {

    @BeforeEach
    void prices() {
        pushPrices(Map.of("93", 1290L, "95", 1580L));
    }

    @Test
    void startWhileDispensingIsAConflict() {
        pump.ok("/api/dispense/start", "{\"fuel\":\"95\"}");

        PumpHttp.Reply again = pump.post("/api/dispense/start", "{\"fuel\":\"93\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("pump 2-1 cannot start a fill: it is DISPENSING 95");
        assertThat(pump.view().get("fill").get("fuel").asText()).isEqualTo("95");
    }

    @Test
    void finishOrStopWhileFreeIsAConflict() {
        PumpHttp.Reply finish = pump.post("/api/dispense/finish", "{\"litres\":10}");
        PumpHttp.Reply stop = pump.post("/api/dispense/stop", "");

        assertThat(finish.status()).isEqualTo(409);
        assertThat(finish.error()).isEqualTo("pump 2-1 cannot finish a fill: it is FREE");
        assertThat(stop.status()).isEqualTo(409);
        assertThat(stop.error()).isEqualTo("pump 2-1 cannot stop a fill: it is FREE");
        assertThat(pump.view().get("lastSeq").asLong()).isZero();
    }

    @Test
    void aFuelWithoutPriceCannotStart() {
        PumpHttp.Reply start = pump.post("/api/dispense/start", "{\"fuel\":\"KEROSENE\"}");
        PumpHttp.Reply whole = pump.post("/api/dispense", "{\"fuel\":\"DIESEL\",\"pesos\":5000}");

        assertThat(start.status()).isEqualTo(409);
        assertThat(start.error()).isEqualTo("pump 2-1 has no price for KEROSENE");
        assertThat(whole.status()).isEqualTo(409);
        assertThat(whole.error()).isEqualTo("pump 2-1 has no price for DIESEL");
        assertThat(pump.state()).isEqualTo("FREE");
    }

    @Test
    void everyTransitionIsToldToTheStation() {
        pump.ok("/api/dispense/start", "{\"fuel\":\"93\"}");
        await().atMost(WAIT).until(() -> lastState().equals("DISPENSING"));

        JsonNode sale = pump.ok("/api/dispense/finish", "{\"litres\":12.5}");
        assertThat(sale.get("total").asLong()).isEqualTo(16_125);
        await().atMost(WAIT).until(() -> lastState().equals("FREE"));

        List<PumpState> states = station.states();
        assertThat(states.subList(states.size() - 2, states.size())).extracting(PumpState::state)
                .containsExactly("DISPENSING", "FREE");
        List<MessageType> told = station.receivedTypes().stream()
                .filter(type -> type == MessageType.PUMP_STATE || type == MessageType.SALE).toList();
        int free = told.lastIndexOf(MessageType.PUMP_STATE);
        int dispensing = told.subList(0, free).lastIndexOf(MessageType.PUMP_STATE);
        assertThat(told.subList(dispensing + 1, free)).as("the sale goes up between the two states")
                .isNotEmpty().containsOnly(MessageType.SALE);
    }

    /** The state the pump told the station last; messages on one link arrive in the order they were sent. */
    private String lastState() {
        List<PumpState> states = station.states();
        return states.isEmpty() ? "" : states.get(states.size() - 1).state();
    }
}
