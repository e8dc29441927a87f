package cl.fuelnet.station;

import org.apache.camel.test.AvailablePortFinder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A real station process for crash tests: the jar named by the system property {@code station.jar} when given,
 * otherwise the station's main class on this test's own classpath (so it never runs a stale jar). Its output goes
 * to {@code station-<n>.log} in its data folder.
 */
final class StationProcess implements AutoCloseable {

    final int webPort = AvailablePortFinder.getNextAvailable();
    final int pumpPort = AvailablePortFinder.getNextAvailable();
    final StationApi api = new StationApi(webPort);
    private final Process process;

    private StationProcess(Path dataDir, String stationId, int hqPort, int run) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        String jar = System.getProperty("station.jar");
        if (jar != null && !jar.isBlank()) {
            command.add("-jar");
            command.add(jar);
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(StationApplication.class.getName());
        }
        command.add("--fuelnet.data-dir=" + dataDir);
        command.add("--server.port=" + webPort);
        command.add("--station.id=" + stationId);
        command.add("--station.pump-port=" + pumpPort);
        command.add("--station.hq-port=" + hqPort);
        command.add("--station.heartbeat-interval-ms=200");
        command.add("--station.missed-heartbeats=10");
        command.add("--station.hq-redial-ms=50");
        command.add("--station.hq-redial-cap-ms=400");
        command.add("--station.backup-cron=0+0+0+1+1+?");
        command.add("--spring.main.banner-mode=off");
        command.add("--fuel.admin.user=" + StationApi.ADMIN_USER);
        command.add("--fuel.admin.password=" + StationApi.ADMIN_PASSWORD);
        Files.createDirectories(dataDir);
        this.process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("station-" + run + ".log").toFile()).start();
    }

    /** Starts a station and waits until its API answers and its pump port accepts connections. */
    static StationProcess start(Path dataDir, String stationId, int hqPort, int run) throws IOException {
        StationProcess station = new StationProcess(dataDir, stationId, hqPort, run);
        try {
            awaitReady(station, dataDir);
        } catch (RuntimeException | Error notReady) {
            station.process.destroyForcibly();
            throw notReady;
        }
        return station;
    }

    private static void awaitReady(StationProcess station, Path dataDir) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            if (!station.process.isAlive()) {
                throw new IllegalStateException("the station process ended; see its log in " + dataDir);
            }
            return station.api.call("GET", "/station", null).body().has("stationId");
        });
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
            try (java.net.Socket probe = new java.net.Socket("localhost", station.pumpPort)) {
                return probe.isConnected();
            }
        });
    }

    /** kill -9: no shutdown hook, no flush, no goodbye to the pumps. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
