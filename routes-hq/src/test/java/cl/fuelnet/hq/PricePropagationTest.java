package cl.fuelnet.hq;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.Totals;
import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.Builder;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/prices/{version}/propagation}: per station whether it acknowledged a version, which pumps applied
 * it and which hold it pending; a busy pump stays pending until a later PRICE_ACK shows it applied (case 7).
 */
class PricePropagationTest extends HqTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void busyPumpIsPendingUntilItsSaleEndsThenApplied() throws Exception {
        TestStation one = onlineStation("1", new Totals(0, 0, 0));
        TestStation two = onlineStation("2", new Totals(0, 0, 0));
        awaitStations("1", "2");

        long version = api.put("/api/prices", "{\"prices\":{\"97\":1400}}").json().get("version").asLong();
        assertThat(pushed(one).version()).isEqualTo(version);
        assertThat(pushed(two).version()).isEqualTo(version);

        JsonNode nobody = api.getJson("/api/prices/" + version + "/propagation");
        assertThat(nobody.get("stationsAcked").asInt()).isZero();
        assertThat(station(nobody, "1").get("acked").asBoolean()).isFalse();

        ack(one, version, List.of("1-2", "1-3", "1-4"), List.of("1-1"));
        ack(two, version, List.of("2-1", "2-2", "2-3", "2-4"), List.of());

        await().atMost(WAIT).until(() -> propagation(version).get("stationsAcked").asInt() == 2);
        JsonNode busy = propagation(version);
        assertThat(busy.get("complete").asBoolean()).isFalse();
        assertThat(texts(station(busy, "1").get("pending"))).containsExactly("1-1");
        assertThat(texts(station(busy, "1").get("applied"))).containsExactly("1-2", "1-3", "1-4");
        assertThat(texts(station(busy, "2").get("applied"))).containsExactly("2-1", "2-2", "2-3", "2-4");

        ack(one, version, List.of("1-1", "1-2", "1-3", "1-4"), List.of());

        await().atMost(WAIT).until(() -> propagation(version).get("pumpsPending").asInt() == 0);
        JsonNode done = propagation(version);
        assertThat(texts(station(done, "1").get("pending"))).isEmpty();
        assertThat(texts(station(done, "1").get("applied"))).containsExactly("1-1", "1-2", "1-3", "1-4");
        assertThat(done.get("pumpsPending").asInt()).isZero();
        assertThat(done.get("pumpsApplied").asInt()).isEqualTo(8);
        assertThat(station(done, "1").get("ackedVersion").asLong()).isEqualTo(version);
    }

    @Test
    void pumpThatAppliedANewerVersionCountsAsAppliedForTheOlder() throws Exception {
        TestStation three = onlineStation("3", new Totals(0, 0, 0));
        awaitStations("3");
        long older = api.put("/api/prices", "{\"prices\":{\"97\":1400}}").json().get("version").asLong();
        ack(three, older, List.of("3-2"), List.of("3-1"));
        long newer = api.put("/api/prices", "{\"prices\":{\"97\":1410,\"95\":1500}}").json().get("version").asLong();
        ack(three, newer, List.of("3-2"), List.of("3-1"));

        ack(three, newer, List.of("3-1", "3-2"), List.of());

        await().atMost(WAIT).until(() -> propagation(older).get("pumpsPending").asInt() == 0);
        JsonNode view = propagation(older);
        assertThat(view.get("current").asBoolean()).isFalse();
        assertThat(texts(station(view, "3").get("applied"))).containsExactly("3-1", "3-2");
        assertThat(texts(station(view, "3").get("pending"))).isEmpty();
        assertThat(api.getJson("/api/stations").findValues("priceVersion").stream().mapToLong(JsonNode::asLong)
                .max().orElseThrow()).isEqualTo(newer);
    }

    @Test
    void ackOfAVersionHeadOfficeNeverSetIsRefusedAndAckOfNoneIsIgnored() throws Exception {
        TestStation four = onlineStation("4", new Totals(0, 0, 0));

        four.priceAck(0, List.of(), List.of("4-1"));
        four.priceAck(9999, List.of("4-1"), List.of());

        JsonNode error = four.take(MessageType.ERROR, WAIT).body();
        assertThat(error.get("error").asText()).isEqualTo("PRICE_ACK for version 9999 that head office never set");
        assertThat(four.poll(MessageType.ERROR)).isNull();
    }

    @Test
    void unknownVersionIsNotFound() {
        HqApi.Reply reply = api.get("/api/prices/9999/propagation");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).isEqualTo("no price version 9999");
        assertThat(api.get("/api/prices/abc/propagation").status()).isEqualTo(400);
    }

    private void ack(TestStation station, long version, List<String> applied, List<String> pending) {
        NotifyBuilder handled = new NotifyBuilder(camelContext).fromRoute("hq-station-link")
                .filter(Builder.header(StationLinkRoutes.TYPE).isEqualTo(MessageType.PRICE_ACK)).whenDone(1).create();
        station.priceAck(version, applied, pending);
        assertThat(handled.matches(5, TimeUnit.SECONDS)).as("PRICE_ACK handled").isTrue();
    }

    private JsonNode propagation(long version) {
        return api.getJson("/api/prices/" + version + "/propagation");
    }

    private static PriceUpdate pushed(TestStation station) {
        return WireCodec.body(station.take(MessageType.PRICE_UPDATE, WAIT), PriceUpdate.class);
    }

    private void awaitStations(String... stationIds) {
        await().atMost(WAIT).until(() -> api.getJson("/api/stations").findValuesAsText("stationId")
                .containsAll(List.of(stationIds)));
    }

    private static JsonNode station(JsonNode view, String stationId) {
        for (JsonNode station : view.get("stations")) {
            if (stationId.equals(station.get("stationId").asText())) {
                return station;
            }
        }
        throw new AssertionError("station " + stationId + " not in " + view);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
