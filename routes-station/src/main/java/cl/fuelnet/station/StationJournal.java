package cl.fuelnet.station;

import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.node.JsonBodies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The append-only JSON log of the station: one line per sale and per price change, written before the sale is
 * acknowledged, so the sales can be rebuilt from it or checked against the database.
 */
@Component
public class StationJournal implements AutoCloseable {

    public static final String FILE_NAME = "journal.jsonl";

    private final Path file;
    private final FileChannel channel;

    public StationJournal(@Value("${fuelnet.data-dir}") String dataDir) throws IOException {
        this.file = Path.of(dataDir, FILE_NAME);
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    public Path file() {
        return file;
    }

    public void sale(Sale sale) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("entry", "SALE");
        entry.put("at", Times.stored(Instant.now()));
        entry.put("sale", sale);
        append(entry);
    }

    public void priceChange(Map<String, Object> change) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("entry", "PRICE");
        entry.putAll(change);
        append(entry);
    }

    private synchronized void append(Map<String, Object> entry) {
        byte[] line = (JsonBodies.write(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
