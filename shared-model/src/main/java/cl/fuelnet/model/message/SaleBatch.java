package cl.fuelnet.model.message;

import java.util.List;

/** Station to HQ: a batch of sales HQ has not acknowledged yet. */
public record SaleBatch(String batchId, List<Sale> sales) {
}
