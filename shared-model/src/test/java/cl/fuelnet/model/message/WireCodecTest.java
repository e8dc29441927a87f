package cl.fuelnet.model.message;

import cl.fuelnet.model.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireCodecTest {

    private static Sale sale(String litres, long price, long total) {
        return new Sale("s-1", "1-1", "1", 7, "95", new BigDecimal(litres), price, total,
                Instant.parse("2026-12-03T12:00:00Z"), 3, new BigDecimal("1045.000"));
    }

    @Test
    void aSaleSurvivesTheWireExactly() {
        String line = WireCodec.encode(MessageType.SALE, "1-1", sale("45.000", 1580, 71100));

        Envelope envelope = WireCodec.decode(line);
        Sale back = WireCodec.body(envelope, Sale.class).validated();

        assertThat(line).doesNotContain("\n");
        assertThat(envelope.type()).isEqualTo(MessageType.SALE);
        assertThat(envelope.from()).isEqualTo("1-1");
        assertThat(back.litres().toPlainString()).isEqualTo("45.000");
        assertThat(back.total()).isEqualTo(71100);
        assertThat(back.timestamp()).isEqualTo(Instant.parse("2026-12-03T12:00:00Z"));
    }

    @Test
    void priceMapsKeepFuelCodes() {
        String line = WireCodec.encode(MessageType.PRICE_UPDATE, "hq", new PriceUpdate(4, 0, Map.of("95", 1580L)));

        PriceUpdate update = WireCodec.body(WireCodec.decode(line), PriceUpdate.class);

        assertThat(update.version()).isEqualTo(4);
        assertThat(update.prices()).containsEntry("95", 1580L);
    }

    @Test
    void aLineThatIsNotJsonIsRefusedWithAReason() {
        assertThatThrownBy(() -> WireCodec.decode("hello there")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("not a message");
        assertThatThrownBy(() -> WireCodec.decode("{\"v\":2,\"type\":\"SALE\",\"id\":\"x\",\"from\":\"a\",\"body\":{}}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> WireCodec.decode("{\"v\":1,\"type\":\"NOPE\",\"id\":\"x\",\"from\":\"a\",\"body\":{}}"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> WireCodec.decode("{\"v\":1,\"type\":\"SALE\"}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lacks");
    }

    @Test
    void aSaleWithAMalformedFieldIsRefusedWhole() {
        String line = "{\"v\":1,\"type\":\"SALE\",\"id\":\"x\",\"from\":\"1-1\",\"body\":{\"saleId\":\"s\","
                + "\"litres\":\"many\"}}";

        Envelope envelope = WireCodec.decode(line);

        assertThatThrownBy(() -> WireCodec.body(envelope, Sale.class)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sale("45.000", 1580, 71000).validated()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("total");
        assertThatThrownBy(() -> sale("-1", 1580, -1580).validated()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sale("1.0001", 1000, 1000).validated()).isInstanceOf(InvalidInputException.class);
    }
}
