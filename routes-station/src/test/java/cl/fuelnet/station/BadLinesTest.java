package cl.fuelnet.station;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cl.fuelnet.model.link.LinkEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Case 18: junk on a station's pump port closes that connection and is logged once for it, however many bad
 * lines it carried; the pumps on other connections go on.
 */
class BadLinesTest extends StationTestSupport {

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger station = (Logger) LoggerFactory.getLogger(PumpMessages.class);
    private final Logger link = (Logger) LoggerFactory.getLogger(LinkEvents.class);

    @BeforeEach
    void captureLog() {
        events.start();
        station.addAppender(events);
        link.addAppender(events);
    }

    @AfterEach
    void releaseLog() {
        station.detachAppender(events);
        link.detachAppender(events);
    }

    @Test
    void manyBadLinesInOneWriteCloseTheConnectionWithOneWarning() throws Exception {
        TestPump good = pump("7-4");
        String tooLong = "x".repeat(100 * 1024) + "\n";
        byte[] junk = ("bad1\nbad2\n{\"v\":1}\nbad3\n".repeat(200) + tooLong).getBytes(StandardCharsets.UTF_8);

        try (Socket socket = new Socket("127.0.0.1", PUMP_PORT)) {
            socket.setSoTimeout(10_000);
            writeUntilRefused(socket.getOutputStream(), junk);

            readUntilClosed(socket.getInputStream());
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> !events.list.isEmpty());
        assertThat(events.list).hasSize(1);
        assertThat(events.list.get(0).getFormattedMessage()).containsAnyOf("Closing the link", "closing connection");
        var fine = good.sale("93", "1", 1000);
        good.send(fine);
        good.awaitAck(fine);
        assertThat(good.isOpen()).isTrue();
    }

    /** Writes the bytes; the station may close the connection before it has read them all. */
    private static void writeUntilRefused(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (java.io.IOException closedByStation) {
            // the station refused the first line and closed; the rest had nowhere to go
        }
    }

    /** Everything the station wrote until it closed the connection. */
    private static String readUntilClosed(InputStream in) throws Exception {
        byte[] buffer = new byte[8192];
        StringBuilder text = new StringBuilder();
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(new String(Arrays.copyOf(buffer, n), StandardCharsets.UTF_8));
            }
        } catch (java.net.SocketException reset) {
            // closed with unread input on the station's side: a reset instead of an orderly end
        }
        return text.toString();
    }
}
