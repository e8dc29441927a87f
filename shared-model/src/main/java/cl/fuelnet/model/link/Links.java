package cl.fuelnet.model.link;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.handler.codec.string.LineEncoder;
import io.netty.handler.codec.string.LineSeparator;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.util.AttributeKey;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The handlers every link uses and the small facts a node keeps on a channel. */
public final class Links {

    /** The node id a peer gave in its HELLO. */
    public static final AttributeKey<String> PEER = AttributeKey.valueOf("fuelnet.peer");

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

    public static String describe(Channel channel) {
        String peer = channel.attr(PEER).get();
        return peer != null ? peer + " (" + channel.remoteAddress() + ")" : String.valueOf(channel.remoteAddress());
    }
}
