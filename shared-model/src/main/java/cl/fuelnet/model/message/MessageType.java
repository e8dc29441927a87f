package cl.fuelnet.model.message;

/** The kinds of message that cross a link, in either direction. */
public enum MessageType {
    /** Lower tier to upper tier, first message on a new connection: who it is and what it holds. */
    HELLO,
    /** Lower tier to upper tier, at a fixed interval: still alive, with a summary of its state. */
    HEARTBEAT,
    /** Pump to station: the pump changed state or applied prices. */
    PUMP_STATE,
    /** Pump to station: one sale. */
    SALE,
    /** Station to pump: the sale is stored. */
    SALE_ACK,
    /** Station to HQ: unsynced sales. */
    SALE_BATCH,
    /** HQ to station: the sale ids of a batch that HQ holds. */
    SALE_BATCH_ACK,
    /** Down the tree: a complete price set (base prices from HQ, effective prices from a station). */
    PRICE_UPDATE,
    /** Station to HQ: which pumps applied a price version and which are still pending. */
    PRICE_ACK,
    /** Either way: a message was refused, with the reason. */
    ERROR
}
