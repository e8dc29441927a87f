package cl.fuelnet.hq;

import cl.fuelnet.model.link.Links;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.WireCodec;
import io.netty.channel.Channel;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Puts the current price version on the wire to one station. */
@Component
public class PriceBroadcast {

    private final PriceBook priceBook;

    public PriceBroadcast(PriceBook priceBook) {
        this.priceBook = priceBook;
    }

    public String line() {
        PriceUpdate current = priceBook.current();
        return WireCodec.encode(MessageType.PRICE_UPDATE, StationLink.NODE_ID, current);
    }

    public void send(Channel channel, @Header("FuelLine") String line) {
        Links.write(channel, line);
    }
}
