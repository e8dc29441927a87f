package cl.fuelnet.model.message;

/** Station to pump: this sale is stored; the pump may forget it. */
public record SaleAck(String saleId, long seq) {
}
