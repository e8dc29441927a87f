package cl.fuelnet.model.link;

import io.netty.channel.Channel;

/** What a node does when a link opens, closes or goes quiet. */
public interface LinkListener {

    void connected(Channel channel);

    void disconnected(Channel channel);

    /** Nothing was read for the idle interval; the default closes the channel so it is redialled. */
    default void idle(Channel channel) {
        channel.close();
    }
}
