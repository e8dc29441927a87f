package cl.fuelnet.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A dashboard test: the shared test network and one headless browser for the test class. */
abstract class BrowserTest {

    protected static TestNetwork network;
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        network = TestNetwork.get();
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }
}
