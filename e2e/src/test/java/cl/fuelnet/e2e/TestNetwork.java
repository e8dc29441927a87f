package cl.fuelnet.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The small network every end-to-end test shares, started once per test run on free ports: HQ, station 1 with a
 * markup of 1.05, and its pumps 1-1 and 1-2 in one pump process. Tests that take a node down bring it back.
 */
public final class TestNetwork {

    public static final String ADMIN_USER = "e2e-admin";
    public static final String ADMIN_PASSWORD = "e2e-secret-" + Long.toHexString(System.nanoTime());

    private static TestNetwork shared;

    public final int hqWeb = freePort();
    public final int hqLink = freePort();
    public final int stationWeb = freePort();
    public final int stationPumpPort = freePort();
    public final int pumpsControl = freePort();
    public final int pump1Web = freePort();
    public final int pump2Web = freePort();

    public final NodeProcess hq;
    public final NodeProcess station;
    public final NodeProcess pumps;

    private TestNetwork() {
        Path data = folder().resolve("data-" + System.currentTimeMillis());
        List<String> admin = List.of("--fuel.admin.user=" + ADMIN_USER, "--fuel.admin.password=" + ADMIN_PASSWORD);
        hq = new NodeProcess("hq", "hq", concat(List.of("--server.port=" + hqWeb, "--hq.link-port=" + hqLink,
                "--fuelnet.data-dir=" + data.resolve("hq")), admin), hqUrl() + "/api/prices");
        station = new NodeProcess("station-1", "station", concat(List.of("--station.id=1",
                "--server.port=" + stationWeb, "--station.pump-port=" + stationPumpPort,
                "--station.hq-host=127.0.0.1", "--station.hq-port=" + hqLink, "--station.markup=1.05",
                "--fuelnet.data-dir=" + data.resolve("station-1")), admin), stationUrl() + "/api/station");
        pumps = new NodeProcess("pumps-1", "pump", concat(List.of("--server.port=" + pumpsControl,
                "--pump.ids=1-1,1-2", "--pump.web-ports=" + pump1Web + "," + pump2Web,
                "--pump.station-host=127.0.0.1", "--pump.station-port=" + stationPumpPort,
                "--pump.flow-litres-per-second=50", "--fuelnet.data-dir=" + data.resolve("pumps-1")), admin),
                pumpUrl(1) + "/api/pump");
    }

    /** The running network, started on first use and stopped when the test JVM ends. */
    public static synchronized TestNetwork get() {
        if (shared == null) {
            TestNetwork network = new TestNetwork();
            Runtime.getRuntime().addShutdownHook(new Thread(network::stopAll));
            network.hq.start();
            network.station.start();
            network.pumps.start();
            shared = network;
        }
        return shared;
    }

    public String hqUrl() {
        return "http://127.0.0.1:" + hqWeb;
    }

    public String stationUrl() {
        return "http://127.0.0.1:" + stationWeb;
    }

    /** Pump 1-1 or 1-2. */
    public String pumpUrl(int pump) {
        return "http://127.0.0.1:" + (pump == 1 ? pump1Web : pump2Web);
    }

    private void stopAll() {
        pumps.stop();
        station.stop();
        hq.stop();
    }

    static Optional<String> adminAuthorization() {
        String token = ADMIN_USER + ":" + ADMIN_PASSWORD;
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }

    static Path folder() {
        Path folder = Path.of(System.getProperty("fuelnet.e2e.dir", "target/e2e"));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
