package cl.fuelnet.pump;

import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.apache.camel.builder.Builder.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A line from the station that is not a message is refused without an answer, and the link goes on: the next
 * price set is applied and answered with the pump's state on the same connection.
 */
class StationLineTest extends PumpTestSupport {

    @Test
    void aLineThatIsNotAMessageIsRefusedAndTheLinkGoesOn() throws Exception {
        AdviceWith.adviceWith(camelContext, PumpRoutes.linkRouteId(PUMP_ID),
                route -> route.weaveAddLast().filter(body().isNotNull()).to("mock:pump-replies"));
        await().atMost(WAIT).until(() -> station.connected(PUMP_ID));
        MockEndpoint replies = camelContext.getEndpoint("mock:pump-replies", MockEndpoint.class);
        replies.expectedMessageCount(1);
        replies.message(0).body().contains("\"type\":\"PUMP_STATE\"");

        station.sendRaw("{\"v\":1,\"type\":\"PRICE_UPDATE\",\"body\":");
        station.sendRaw("not json at all");
        long revision = pushPrices(Map.of("95", 1590L));

        replies.assertIsSatisfied();
        assertThat(pump.view().get("stationLink").asText()).isEqualTo("CONNECTED");
        assertThat(pump.view().get("priceRevision").asLong()).isEqualTo(revision);
        assertThat(pump.view().get("prices").get("95").asLong()).isEqualTo(1590);
    }
}
