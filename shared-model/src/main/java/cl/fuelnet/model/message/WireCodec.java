package cl.fuelnet.model.message;

import cl.fuelnet.model.InvalidInputException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.UUID;

/**
 * Turns envelopes into single JSON lines and back. A line that is not JSON, lacks a field of the envelope or
 * speaks another protocol version is refused with an {@link InvalidInputException} that says why.
 */
public final class WireCodec {

    public static final int PROTOCOL_VERSION = 1;

    /** Default longest line accepted on a pump link; the HQ link allows more for sale batches. */
    public static final int DEFAULT_MAX_FRAME = 64 * 1024;

    private static final ObjectMapper MAPPER = newMapper();

    private WireCodec() {
    }

    /** The mapper every node uses for the wire and its APIs: exact decimals, ISO-8601 times. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line (without its newline) carrying the body in a new envelope. */
    public static String encode(MessageType type, String from, Object body) {
        Envelope envelope = new Envelope(PROTOCOL_VERSION, type, UUID.randomUUID().toString(), from,
                Instant.now().toString(), MAPPER.valueToTree(body));
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + type, e);
        }
    }

    public static Envelope decode(String line) {
        Envelope envelope;
        try {
            envelope = MAPPER.readValue(line, Envelope.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("not a message: " + firstLine(e.getOriginalMessage()));
        }
        if (envelope == null) {
            throw new InvalidInputException("not a message: empty line");
        }
        if (envelope.v() != PROTOCOL_VERSION) {
            throw new InvalidInputException("unsupported protocol version " + envelope.v());
        }
        if (envelope.type() == null || envelope.id() == null || envelope.from() == null || envelope.body() == null) {
            throw new InvalidInputException("message lacks type, id, from or body");
        }
        return envelope;
    }

    /** The envelope's body as the record its type carries. */
    public static <T> T body(Envelope envelope, Class<T> type) {
        return read(envelope.body(), type);
    }

    public static <T> T read(JsonNode node, Class<T> type) {
        try {
            T value = MAPPER.treeToValue(node, type);
            if (value == null) {
                throw new InvalidInputException("empty " + type.getSimpleName());
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException("bad " + type.getSimpleName() + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
