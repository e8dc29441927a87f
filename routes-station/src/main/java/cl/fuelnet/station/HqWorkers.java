package cl.fuelnet.station;

import io.netty.channel.EventLoopGroup;
import org.apache.camel.component.netty.NettyWorkerPoolBuilder;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The netty threads of the HQ link, shared by every dial so that redials do not build and drop thread pools. Held
 * in a plain bean rather than exposed as an executor bean, which would displace Spring's task executor.
 */
@Component
public class HqWorkers {

    private final EventLoopGroup group = new NettyWorkerPoolBuilder().withWorkerCount(2).withName("hq-link").build();

    public EventLoopGroup group() {
        return group;
    }

    @PreDestroy
    public void close() {
        group.shutdownGracefully();
    }
}
