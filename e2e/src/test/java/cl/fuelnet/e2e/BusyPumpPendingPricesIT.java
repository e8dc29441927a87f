package cl.fuelnet.e2e;

import cl.fuelnet.model.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A pump that is pouring shows the price it was given as pending, keeps its price, and applies it when free. */
class BusyPumpPendingPricesIT extends BrowserTest {

    @Test
    void aBusyPumpShowsItsPendingPriceUntilItIsFinished() {
        String before = Money.pesos(Http.json(network.pumpUrl(2) + "/api/pump").get("prices").get("93").asLong());
        long base = Http.json(network.hqUrl() + "/api/prices").get("prices").get("93").asLong() + 13;
        BigDecimal markup = Http.json(network.stationUrl() + "/api/prices").get("markup").decimalValue();
        String pending = Money.pesos(Money.effectivePrice(base, markup));

        browser.open(network.pumpUrl(2) + "/");
        browser.click("button[data-fuel='93']");
        browser.click("input[name='preset'][value='none'] + span");
        browser.click("#start");
        browser.waitForText("#pump-state", "EN_OPERACION", Duration.ofSeconds(5));

        assertThat(Http.put(network.hqUrl() + "/api/prices", "{\"prices\":{\"93\":" + base + "}}").status())
                .isEqualTo(200);

        browser.waitForText("#pending-93", "Próximo: " + pending, Duration.ofSeconds(3));
        assertThat(browser.text("#price-93")).startsWith(before);
        assertThat(browser.text("#pending-note")).contains("espera a que termine el despacho");
        browser.screenshot("surtidor-en-operacion");

        browser.click("#stop");
        browser.waitForText("#pump-state", "LIBRE", Duration.ofSeconds(5));
        browser.waitForText("#price-93", pending, Duration.ofSeconds(5));
        assertThat(browser.find("#pending-93").isDisplayed()).isFalse();
        assertThat(browser.text("#receipt")).contains(before + " /L");
    }
}
