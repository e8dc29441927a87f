package cl.fuelnet.model.link;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a {@link LinkListener} when channels open, close and idle, and closes a channel whose input cannot be
 * framed (a line over the maximum), saying so once per connection, together with whatever else the node refuses
 * on it. Shared by every channel of an endpoint.
 */
@ChannelHandler.Sharable
public class LinkEvents extends ChannelDuplexHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LinkEvents.class);

    private final String linkName;
    private final LinkListener listener;

    public LinkEvents(String linkName, LinkListener listener) {
        this.linkName = linkName;
        this.listener = listener;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        listener.connected(ctx.channel());
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        listener.disconnected(ctx.channel());
        super.channelInactive(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            LOG.warn("{}: nothing heard from {} for the idle interval, closing", linkName, Links.describe(ctx.channel()));
            listener.idle(ctx.channel());
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!ctx.channel().isOpen()) {
            return;
        }
        String reason = cause instanceof TooLongFrameException ? "line longer than the maximum frame" : cause.toString();
        if (Links.firstRefusal(ctx.channel())) {
            LOG.warn("{}: closing connection from {}: {}", linkName, Links.describe(ctx.channel()), reason);
        }
        ctx.close();
    }
}
