package cl.fuelnet.model.message;

import java.util.List;

/** Station to HQ: for a price version, the pumps that applied it and the pumps that hold it pending. */
public record PriceAck(long version, List<String> applied, List<String> pending) {
}
