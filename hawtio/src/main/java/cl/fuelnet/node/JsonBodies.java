package cl.fuelnet.node;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads request bodies as JSON, turning anything unreadable into bad input with a short reason. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("a JSON body is required");
        }
        try {
            JsonNode node = WireCodec.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    public static String write(Object value) {
        try {
            return WireCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
