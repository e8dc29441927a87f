package cl.fuelnet.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The station's Hawtio console, signed in as admin, shows its Camel routes by routeId; the page is kept. */
class StationConsoleIT {

    private static TestNetwork network;

    @BeforeAll
    static void network() {
        network = TestNetwork.get();
    }

    @Test
    void theStationConsoleListsItsRoutes() throws Exception {
        try (Browser browser = new Browser()) {
            String login = TestNetwork.ADMIN_USER + ":" + TestNetwork.ADMIN_PASSWORD;
            String authorization = "Basic " + Base64.getEncoder()
                    .encodeToString(login.getBytes(StandardCharsets.UTF_8));
            browser.driver();
            var driver = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Authorization", authorization)));

            driver.get(network.stationUrl() + "/actuator/hawtio/camel/routes");

            browser.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("station-hq-link"),
                    Duration.ofSeconds(60));
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("station-pump-link", "station-hq-link", "station-heartbeat");
            Path shot = browser.screenshot("station-console-routes");
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        }
    }
}
