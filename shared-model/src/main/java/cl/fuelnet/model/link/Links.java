package cl.fuelnet.model.link;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.string.LineEncoder;
import io.netty.handler.codec.string.LineSeparator;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.util.AttributeKey;
import org.apache.camel.Exchange;
import org.apache.camel.component.netty.NettyConstants;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The handlers every link uses and the small facts a node keeps on a channel. */
public final class Links {

    /** The node id a peer gave in its HELLO. */
    public static final AttributeKey<String> PEER = AttributeKey.valueOf("fuelnet.peer");

    /** Set once a node has refused something on the channel, so it says so once per connection. */
    private static final AttributeKey<Boolean> REFUSED = AttributeKey.valueOf("fuelnet.refused");

    private static final ChannelHandler UTF8_DECODER = new StringDecoder(StandardCharsets.UTF_8);
    private static final ChannelHandler LINE_ENCODER = new LineEncoder(LineSeparator.UNIX, StandardCharsets.UTF_8);

    private Links() {
    }

    /** Decoders for a link endpoint, in pipeline order: idle watch, line framer, UTF-8, link events. */
    public static List<ChannelHandler> decoders(int maxFrameLength, long readerIdleMillis, LinkEvents events) {
        return List.of(new IdleWatch(readerIdleMillis), new LineFramer(maxFrameLength), UTF8_DECODER, events);
    }

    /** Encoders for a link endpoint: a string body goes out as one UTF-8 line. */
    public static List<ChannelHandler> encoders() {
        return List.of(LINE_ENCODER);
    }

    /** Writes one line on the channel; the future tells whether the bytes left. */
    public static ChannelFuture write(Channel channel, String line) {
        return channel.writeAndFlush(line);
    }

    /** The connection a message arrived on, as the netty consumer hands it to the route. */
    public static Channel channelOf(Exchange exchange) {
        return exchange.getIn().getHeader(NettyConstants.NETTY_CHANNEL_HANDLER_CONTEXT, ChannelHandlerContext.class)
                .channel();
    }

    /** True the first time this is asked of a channel, false ever after. */
    public static boolean firstRefusal(Channel channel) {
        return channel.attr(REFUSED).setIfAbsent(Boolean.TRUE) == null;
    }

    /** Whether something was refused on this channel already. */
    public static boolean refused(Channel channel) {
        return Boolean.TRUE.equals(channel.attr(REFUSED).get());
    }

    public static String describe(Channel channel) {
        String peer = channel.attr(PEER).get();
        return peer != null ? peer + " (" + channel.remoteAddress() + ")" : String.valueOf(channel.remoteAddress());
    }
}
