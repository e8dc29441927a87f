package cl.fuelnet.station;

import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleAck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Group commit for sale ingest. Sales from every pump link queue here; one writer thread takes all that are waiting
 * (up to {@code station.ingest-batch-max}), stores them in one transaction with one journal fsync, and only then
 * completes each sale's acknowledgement. One commit's two fsyncs are shared by every sale in it, which is what
 * lets full synchronous commits keep up with four busy pumps.
 */
@Component
public class SaleWriter implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SaleWriter.class);

    private final SaleLedger ledger;
    private final int batchMax;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock commits = new ReentrantLock();
    private final AtomicLong commitCount = new AtomicLong();
    private final AtomicLong saleCount = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    private record Pending(Sale sale, CompletableFuture<SaleAck> acked) {
    }

    public SaleWriter(SaleLedger ledger, StationProperties properties) {
        this.ledger = ledger;
        this.batchMax = properties.ingestBatchMax();
    }

    /** Queues a checked sale; the future completes with its ack once the sale is durable. */
    public CompletableFuture<SaleAck> submit(Sale sale) {
        CompletableFuture<SaleAck> acked = new CompletableFuture<>();
        if (!running) {
            acked.completeExceptionally(new IllegalStateException("the station is stopping"));
            return acked;
        }
        queue.add(new Pending(sale, acked));
        return acked;
    }

    /** Runs work while no sale commits, e.g. an online backup that must not be overtaken by writes. */
    public <T> T withCommitsHeld(Supplier<T> work) {
        commits.lock();
        try {
            return work.get();
        } finally {
            commits.unlock();
        }
    }

    /** Commits so far and the sales they carried (resends included). */
    public long[] stats() {
        return new long[] {commitCount.get(), saleCount.get()};
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>(batchMax);
        while (running || !queue.isEmpty()) {
            Pending first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, batchMax - 1);
            commit(batch);
            batch.clear();
        }
    }

    private void commit(List<Pending> batch) {
        commits.lock();
        try {
            ledger.store(batch.stream().map(Pending::sale).toList(), false);
        } catch (RuntimeException e) {
            LOG.warn("Could not store {} sales; their pumps keep them and send them again: {}", batch.size(),
                    e.toString());
            batch.forEach(pending -> pending.acked().completeExceptionally(e));
            return;
        } finally {
            commits.unlock();
        }
        commitCount.incrementAndGet();
        saleCount.addAndGet(batch.size());
        batch.forEach(pending -> pending.acked().complete(new SaleAck(pending.sale().saleId(),
                pending.sale().seq())));
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::drain, "sale-writer");
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the links open and stops after they close, so every queued sale is committed. */
    @Override
    public int getPhase() {
        return 0;
    }
}
