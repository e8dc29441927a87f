package cl.fuelnet.station;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
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
    private final Logger logger = (Logger) LoggerFactory.getLogger(PumpMessages.class);

    @BeforeEach
    void captureLog() {
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(events);
    }

    @Test
    void manyBadLinesInOneWriteCloseTheConnectionWithOneWarning() throws Exception {
        TestPump good = pump("7-4");
        byte[] junk = "bad1\nbad2\n{\"v\":1}\nbad3\n".repeat(200).getBytes(StandardCharsets.UTF_8);

        try (Socket socket = new Socket("127.0.0.1", PUMP_PORT)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(junk);
            out.flush();

            assertThat(readUntilClosed(socket.getInputStream())).contains("\"ERROR\"");
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> !events.list.isEmpty());
        assertThat(events.list).hasSize(1);
        assertThat(events.list.get(0).getFormattedMessage()).contains("Closing the link");
        var fine = good.sale("93", "1", 1000);
        good.send(fine);
        good.awaitAck(fine);
        assertThat(good.isOpen()).isTrue();
    }

    /** Everything the station wrote until it closed the connection. */
    private static String readUntilClosed(InputStream in) throws Exception {
        byte[] buffer = new byte[8192];
        StringBuilder text = new StringBuilder();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(new String(Arrays.copyOf(buffer, n), StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
