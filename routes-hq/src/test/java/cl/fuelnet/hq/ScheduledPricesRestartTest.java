package cl.fuelnet.hq;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A held price change survives a restart of head office and is applied at its time by the new process. */
class ScheduledPricesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void heldChangeIsKeptAcrossARestart() {
        Instant at;
        long before;
        try (ConfigurableApplicationContext first = start()) {
            HqApi api = api(first);
            before = api.getJson("/api/prices").get("version").asLong();
            at = Instant.now().plusSeconds(20);
            HqApi.Reply held = api.put("/api/prices", "{\"prices\":{\"93\":1333},\"effectiveAt\":\"" + at + "\"}");
            assertThat(held.status()).isEqualTo(202);
        }

        try (ConfigurableApplicationContext second = start()) {
            HqApi api = api(second);
            JsonNode pending = api.getJson("/api/prices/scheduled").get(0);
            assertThat(pending.get("status").asText()).isEqualTo("PENDING");
            assertThat(pending.get("prices").get("93").asLong()).isEqualTo(1333);
            assertThat(api.getJson("/api/prices").get("version").asLong()).isEqualTo(before);

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> api.getJson("/api/prices").get("version").asLong() == before + 1);
            assertThat(Instant.now()).isAfterOrEqualTo(at);
            assertThat(api.getJson("/api/prices").get("prices").get("93").asLong()).isEqualTo(1333);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HqApplication.class).run(
                "--server.port=0",
                "--hq.link-port=" + AvailablePortFinder.getNextAvailable(),
                "--fuelnet.data-dir=" + dataDir,
                "--fuel.admin.user=" + HqApi.ADMIN_USER,
                "--fuel.admin.password=" + HqApi.ADMIN_PASSWORD,
                "--hq.schedule-check-ms=100");
    }

    private static HqApi api(ConfigurableApplicationContext context) {
        return new HqApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
