package cl.fuelnet.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** One node of the network as a real process started from its tier's jar, with its log in the test folder. */
public final class NodeProcess {

    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss512k", "-Xmx192m");

    private final String name;
    private final Path jar;
    private final List<String> arguments;
    private final Path log;
    private final String readyUrl;
    private Process process;

    public NodeProcess(String name, String tier, List<String> arguments, String readyUrl) {
        this.name = name;
        this.jar = Path.of(System.getProperty("fuelnet.jar." + tier, "missing-jar-of-" + tier));
        this.arguments = List.copyOf(arguments);
        this.log = TestNetwork.folder().resolve(name + ".log");
        this.readyUrl = readyUrl;
    }

    public String name() {
        return name;
    }

    public synchronized NodeProcess start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no jar for " + name + " at " + jar + "; build the tiers first");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
        awaitReady();
        return this;
    }

    /** Waits until the node answers its ready URL; fails at once if the process died. */
    public void awaitReady() {
        await(name + " answering " + readyUrl).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited; see " + log);
                    }
                    return Http.answers(readyUrl);
                });
    }

    /** A clean stop, as an operator would do it. */
    public synchronized void stop() {
        end(false);
    }

    /** kill -9: the process gets no chance to finish anything. */
    public synchronized void kill() {
        end(true);
    }

    private void end(boolean force) {
        if (process == null || !process.isAlive()) {
            return;
        }
        if (force) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
