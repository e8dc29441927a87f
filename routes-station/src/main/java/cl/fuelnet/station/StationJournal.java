package cl.fuelnet.station;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.WireCodec;
import cl.fuelnet.node.JsonBodies;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
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
import java.util.List;
import java.util.Map;

/**
 * The append-only JSON log of the station: one line per sale and per price change, forced to disk before the
 * sales it holds are acknowledged, so the sales can be rebuilt from it or checked against the database.
 */
@Component
public class StationJournal implements AutoCloseable {

    public static final String FILE_NAME = "journal.jsonl";

    private final Path file;
    private final FileChannel channel;

    /** What a read of the log found: the sales it holds, by id, and how many lines could not be read. */
    public record Contents(Map<String, Sale> sales, int unreadableLines) {
    }

    public StationJournal(@Value("${fuelnet.data-dir}") String dataDir) throws IOException {
        this.file = Path.of(dataDir, FILE_NAME);
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    public Path file() {
        return file;
    }

    /** Appends one line per sale and forces them to disk once. */
    public void sales(List<Sale> sales) {
        if (sales.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder(sales.size() * 400);
        String at = Times.stored(Instant.now());
        for (Sale sale : sales) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("entry", "SALE");
            entry.put("at", at);
            entry.put("sale", sale);
            lines.append(JsonBodies.write(entry)).append('\n');
        }
        append(lines.toString());
    }

    public void priceChange(Map<String, Object> change) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("entry", "PRICE");
        entry.putAll(change);
        append(JsonBodies.write(entry) + "\n");
    }

    /**
     * Reads the sales in the log. A line that is not a readable entry (the torn tail of a crash mid-write) is
     * counted, not fatal; a sale logged twice counts once.
     */
    public Contents read() {
        Map<String, Sale> sales = new LinkedHashMap<>();
        int unreadable = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Sale sale;
                try {
                    sale = saleOf(line);
                } catch (JsonProcessingException | InvalidInputException e) {
                    unreadable++;
                    continue;
                }
                if (sale != null) {
                    sales.putIfAbsent(sale.saleId(), sale);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Contents(sales, unreadable);
    }

    private static Sale saleOf(String line) throws JsonProcessingException {
        if (line.isBlank()) {
            return null;
        }
        JsonNode entry = WireCodec.mapper().readTree(line);
        if (entry == null || !"SALE".equals(entry.path("entry").asText())) {
            return null;
        }
        return WireCodec.read(entry.get("sale"), Sale.class).validated();
    }

    private synchronized void append(String lines) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8));
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
