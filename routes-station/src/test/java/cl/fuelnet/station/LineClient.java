package cl.fuelnet.station;

import cl.fuelnet.model.message.Envelope;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.WireCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** One end of a link over real TCP: newline-delimited JSON envelopes, everything received kept in order. */
class LineClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final String from;
    private final List<Envelope> received = new CopyOnWriteArrayList<>();
    private final Consumer<Envelope> onMessage;

    LineClient(Socket socket, String from, Consumer<Envelope> onMessage) throws IOException {
        this.socket = socket;
        this.from = from;
        this.onMessage = onMessage;
        this.out = socket.getOutputStream();
        Thread reader = new Thread(this::read, "test-link-" + from);
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Envelope envelope = WireCodec.decode(line);
                received.add(envelope);
                onMessage.accept(envelope);
            }
        } catch (IOException e) {
            // the link closed; isOpen() says so
        }
    }

    synchronized void send(MessageType type, Object body) {
        sendLine(WireCodec.encode(type, from, body));
    }

    synchronized void sendLine(String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("link to " + socket.getRemoteSocketAddress() + " is closed", e);
        }
    }

    List<Envelope> received(MessageType type) {
        return received.stream().filter(e -> e.type() == type).toList();
    }

    <T> List<T> bodies(MessageType type, Class<T> bodyType) {
        return received(type).stream().map(e -> WireCodec.body(e, bodyType)).toList();
    }

    /** The newest message of the type that matches, waiting for it. */
    <T> T awaitBody(MessageType type, Class<T> bodyType, Predicate<T> matches) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> bodies(type, bodyType).stream()
                .filter(matches).reduce((a, b) -> b).orElse(null), java.util.Objects::nonNull);
    }

    boolean isOpen() {
        return !socket.isClosed() && socket.isConnected() && !socket.isInputShutdown();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
