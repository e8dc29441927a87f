package cl.fuelnet.model.link;

import io.netty.channel.ChannelHandler;
import io.netty.handler.timeout.IdleStateHandler;
import org.apache.camel.component.netty.DefaultChannelHandlerFactory;

import java.util.concurrent.TimeUnit;

/** Raises an idle event on a channel that has read nothing for a while; one per channel. */
public class IdleWatch extends DefaultChannelHandlerFactory {

    private final long readerIdleMillis;

    public IdleWatch(long readerIdleMillis) {
        this.readerIdleMillis = readerIdleMillis;
    }

    @Override
    public ChannelHandler newChannelHandler() {
        return new IdleStateHandler(readerIdleMillis, 0, 0, TimeUnit.MILLISECONDS);
    }
}
