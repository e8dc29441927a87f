package cl.fuelnet.model.message;

/** A station's own count of the sales it holds: how many, their amount in pesos, how many HQ has not acked. */
public record Totals(long sales, long amount, long unsynced) {
}
