package cl.fuelnet.model.message;

import java.util.List;

/** HQ to station: the ids of the batch's sales that HQ now holds (stored now or before). */
public record SaleBatchAck(String batchId, List<String> saleIds) {
}
