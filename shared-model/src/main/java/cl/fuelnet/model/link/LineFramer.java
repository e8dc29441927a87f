package cl.fuelnet.model.link;

import io.netty.channel.ChannelHandler;
import io.netty.handler.codec.LineBasedFrameDecoder;
import org.apache.camel.component.netty.DefaultChannelHandlerFactory;

/**
 * Cuts the byte stream into lines, whatever the socket reads (two messages in one read, one message over many),
 * and refuses a line longer than the maximum. A framer keeps state, so each channel gets its own.
 */
public class LineFramer extends DefaultChannelHandlerFactory {

    private final int maxFrameLength;

    public LineFramer(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    public ChannelHandler newChannelHandler() {
        return new LineBasedFrameDecoder(maxFrameLength, true, true);
    }
}
