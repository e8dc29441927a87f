package cl.fuelnet.hq;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleBatch;
import cl.fuelnet.model.message.SaleBatchAck;
import cl.fuelnet.node.SaleRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The sales of every station, unique on station and sale id. A batch is stored whole in one transaction; a sale
 * HQ already holds is skipped, so a resent batch changes nothing and is acknowledged all the same. Batches are
 * checked in parallel and written one writer at a time (the database takes one anyway); batches that arrive while
 * another is being written are committed together in the next transaction, so several stations share one
 * synchronous commit instead of queueing for one each.
 */
@Component
public class ConsolidatedSales {

    private static final Logger LOG = LoggerFactory.getLogger(ConsolidatedSales.class);

    private static final String INSERT = """
            INSERT INTO sale (station_id, sale_id, pump_id, seq, fuel, litres, litres_milli, price_per_litre, total,
                              sold_at, price_version, received_at)
            VALUES (:stationId, :saleId, :pumpId, :seq, :fuel, :litres, :litresMilli, :pricePerLitre, :total,
                    :soldAt, :priceVersion, :receivedAt)
            ON CONFLICT (station_id, sale_id) DO NOTHING""";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReentrantLock writer = new ReentrantLock();
    private final Queue<PendingBatch> pending = new ConcurrentLinkedQueue<>();

    /** A checked batch waiting for a writer, and what became of it. */
    private record PendingBatch(SqlParameterSource[] rows, CompletableFuture<Long> stored) {
    }

    public ConsolidatedSales(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    public SaleBatchAck store(String stationId, SaleBatch batch) {
        if (batch.sales() == null || batch.batchId() == null) {
            throw new InvalidInputException("bad sale batch: batchId and sales are required");
        }
        String receivedAt = Times.stored(Instant.now());
        List<Sale> sales = batch.sales().stream().map(Sale::validated).toList();
        for (Sale sale : sales) {
            if (!stationId.equals(sale.stationId())) {
                throw new InvalidInputException("bad sale batch: sale " + sale.saleId() + " names station "
                        + sale.stationId() + " on the link of station " + stationId);
            }
        }
        SqlParameterSource[] rows = sales.stream().map(s -> row(s, receivedAt)).toArray(SqlParameterSource[]::new);
        long fresh = insert(rows);
        LOG.info("Station {} batch {}: {} sales, {} new", stationId, batch.batchId(), sales.size(), fresh);
        return new SaleBatchAck(batch.batchId(), sales.stream().map(Sale::saleId).toList());
    }

    /** Stores the rows and answers how many were new, once they are committed. */
    private long insert(SqlParameterSource[] rows) {
        PendingBatch mine = new PendingBatch(rows, new CompletableFuture<>());
        pending.add(mine);
        writer.lock();
        try {
            if (!mine.stored().isDone()) {
                writeGroup();
            }
        } finally {
            writer.unlock();
        }
        return mine.stored().join();
    }

    /** Commits every batch waiting now in one transaction; each is told its own count, or the failure. */
    private void writeGroup() {
        List<PendingBatch> group = new ArrayList<>();
        for (PendingBatch next = pending.poll(); next != null; next = pending.poll()) {
            group.add(next);
        }
        try {
            List<Long> fresh = transaction.execute(status -> group.stream().map(this::write).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).stored().complete(fresh.get(i));
            }
        } catch (RuntimeException e) {
            group.forEach(batch -> batch.stored().completeExceptionally(e));
        }
    }

    private long write(PendingBatch batch) {
        return Arrays.stream(jdbc.batchUpdate(INSERT, batch.rows())).filter(n -> n > 0).count();
    }

    private static SqlParameterSource row(Sale sale, String receivedAt) {
        return SaleRows.parameters(sale).addValue("receivedAt", receivedAt);
    }
}
