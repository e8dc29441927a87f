package cl.fuelnet.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void effectivePriceIsBaseTimesMarkupHalfUp() {
        assertThat(Money.effectivePrice(1500, new BigDecimal("1.05"))).isEqualTo(1575);
        assertThat(Money.effectivePrice(1299, new BigDecimal("1.035"))).isEqualTo(1344);
        assertThat(Money.effectivePrice(1000, new BigDecimal("1.0005"))).isEqualTo(1001);
        assertThat(Money.effectivePrice(999, BigDecimal.ONE)).isEqualTo(999);
        assertThat(Money.effectivePrice(1001, new BigDecimal("1.0005"))).isEqualTo(1002);
    }

    @Test
    void saleTotalIsLitresTimesPriceHalfUp() {
        assertThat(Money.saleTotal(new BigDecimal("45"), 1580)).isEqualTo(71100);
        assertThat(Money.saleTotal(new BigDecimal("45"), 1575)).isEqualTo(70875);
        assertThat(Money.saleTotal(new BigDecimal("33.333"), 1344)).isEqualTo(44800);
        assertThat(Money.saleTotal(new BigDecimal("0.001"), 999)).isEqualTo(1);
        assertThat(Money.saleTotal(new BigDecimal("0.0005"), 1000)).isEqualTo(1);
    }

    @Test
    void litresKeepThreeDecimalsHalfUp() {
        assertThat(Money.litres(new BigDecimal("1.2345"))).isEqualByComparingTo("1.235");
        assertThat(Money.litres(new BigDecimal("45")).toPlainString()).isEqualTo("45.000");
    }

    @Test
    void volumesAreKeptAsWholeMillilitres() {
        assertThat(Money.millilitres(new BigDecimal("45"))).isEqualTo(45_000);
        assertThat(Money.millilitres(new BigDecimal("33.333"))).isEqualTo(33_333);
        assertThat(Money.fromMillilitres(32_500).toPlainString()).isEqualTo("32.500");
    }

    @Test
    void pesoPresetBuysTheMostLitresThatBillTheAmount() {
        BigDecimal litres = Money.litresForAmount(10_000, 1580);

        assertThat(litres).isEqualByComparingTo("6.329");
        assertThat(Money.saleTotal(litres, 1580)).isEqualTo(10_000);
        assertThat(Money.litresForAmount(10_000, 1000)).isEqualByComparingTo("10.000");
        assertThat(Money.saleTotal(Money.litresForAmount(5_000, 1344), 1344)).isEqualTo(5_000);
    }

    @Test
    void pesosAreWrittenTheChileanWay() {
        assertThat(Money.pesos(1580)).isEqualTo("$1.580");
        assertThat(Money.pesos(71100)).isEqualTo("$71.100");
        assertThat(Money.pesos(999)).isEqualTo("$999");
        assertThat(Money.pesos(1_234_567)).isEqualTo("$1.234.567");
    }

    @Test
    void unknownFuelIsBadInput() {
        assertThat(Fuel.fromCode("95")).isEqualTo(Fuel.G95);
        assertThat(Fuel.fromCode("KEROSENE")).isEqualTo(Fuel.KEROSENE);
        assertThatThrownBy(() -> Fuel.fromCode("98")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("98");
    }
}
