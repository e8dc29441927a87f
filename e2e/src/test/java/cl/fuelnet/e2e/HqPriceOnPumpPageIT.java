package cl.fuelnet.e2e;

import cl.fuelnet.model.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A base price typed on the Casa Matriz page reaches a Surtidor page with the station's markup. */
class HqPriceOnPumpPageIT extends BrowserTest {

    @Test
    void aPriceSetOnTheHqPageShowsOnThePumpPage() {
        long base = Http.json(network.hqUrl() + "/api/prices").get("prices").get("97").asLong() + 11;
        BigDecimal markup = Http.json(network.stationUrl() + "/api/prices").get("markup").decimalValue();
        String expected = Money.pesos(Money.effectivePrice(base, markup));

        browser.open(network.hqUrl() + "/");
        assertThat(browser.text("#page-title")).isEqualTo("Casa Matriz");
        browser.login();
        browser.type("#new-price-97", String.valueOf(base));
        browser.click("#publish-prices");
        browser.waitForText("#price-message", "publicada", Duration.ofSeconds(10));
        browser.waitForText("#price-97", Money.pesos(base), Duration.ofSeconds(10));

        browser.open(network.pumpUrl(1) + "/");
        assertThat(browser.text("#page-title")).isEqualTo("Surtidor 1-1");
        browser.waitForText("#price-97", expected, Duration.ofSeconds(10));
        assertThat(browser.text("#pump-state")).isEqualTo("LIBRE");
    }

    @Test
    void aPriceOutOfRangeIsRefusedInlineAndNothingIsPublished() {
        long version = Http.json(network.hqUrl() + "/api/prices").get("version").asLong();

        browser.open(network.hqUrl() + "/");
        browser.type("#new-price-95", "0");
        browser.type("#new-price-93", "12,5");
        browser.click("#publish-prices");

        browser.waitForText("#new-price-95-error", "Entre $1 y $100.000", Duration.ofSeconds(5));
        assertThat(browser.text("#new-price-93-error")).isEqualTo("Pesos enteros, sin decimales");
        assertThat(browser.text("#price-message")).isEqualTo("Revise los campos marcados.");
        assertThat(Http.json(network.hqUrl() + "/api/prices").get("version").asLong()).isEqualTo(version);
    }
}
