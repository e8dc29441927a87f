package cl.fuelnet.model.message;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every line on a link carries: protocol version, type, a unique message id, the sending node, the time it
 * was sent and the type's body.
 */
public record Envelope(int v, MessageType type, String id, String from, String ts, JsonNode body) {
}
