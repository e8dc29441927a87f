package cl.fuelnet.e2e;

import cl.fuelnet.model.Money;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sale made on a Surtidor page shows on the Distribuidor page and, once synced, on the Casa Matriz page; the
 * screenshots of the three dashboards are kept from this run.
 */
class PumpSaleOnDashboardsIT extends BrowserTest {

    @Test
    void aSaleOnThePumpPageShowsOnTheStationAndHqPages() {
        long price = Http.json(network.pumpUrl(1) + "/api/pump").get("prices").get("DIESEL").asLong();
        String total = Money.pesos(Money.saleTotal(new BigDecimal("32.5"), price));

        browser.open(network.pumpUrl(1) + "/");
        browser.click("button[data-fuel='DIESEL']");
        browser.type("#amount", "32,5");
        browser.click("#start");
        browser.waitForText("#receipt-total", total, Duration.ofSeconds(20));
        String saleId = browser.find("#receipt-table").getAttribute("data-sale");
        assertThat(browser.text("#receipt")).contains("32,500 L", "Diésel", Money.pesos(price) + " /L");
        browser.screenshot("surtidor");
        browser.phoneScreenshot("surtidor-telefono");

        browser.open(network.stationUrl() + "/");
        assertThat(browser.text("#page-title")).isEqualTo("Distribuidor 1");
        String stationRow = "#sale-rows tr[data-sale='" + saleId + "']";
        browser.waitUntil(d -> !d.findElements(By.cssSelector(stationRow)).isEmpty(), Duration.ofSeconds(15));
        assertThat(browser.text(stationRow)).contains("1-1", "Diésel", "32,500 L", total);
        browser.waitForText("#hq-link", "EN LÍNEA", Duration.ofSeconds(10));
        browser.screenshot("distribuidor");
        browser.phoneScreenshot("distribuidor-telefono");

        browser.open(network.hqUrl() + "/");
        String hqRow = "#sale-rows tr[data-sale='" + saleId + "']";
        browser.waitUntil(d -> !d.findElements(By.cssSelector(hqRow)).isEmpty(), Duration.ofSeconds(30));
        assertThat(browser.text(hqRow)).contains("1-1", "Diésel", "32,500 L", total);
        browser.screenshot("casa-matriz");
    }
}
