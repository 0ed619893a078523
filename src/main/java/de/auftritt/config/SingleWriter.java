package de.auftritt.config;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every write transaction of the application one at a time.
 *
 * <p>SQLite allows one writer. In WAL mode a transaction that first reads and then writes (look up a slug, then
 * save) fails with {@code SQLITE_BUSY_SNAPSHOT} when another connection committed in between, and no busy
 * timeout helps. Serializing the writers in the one process that owns the database file removes that race at
 * its root; reads stay concurrent. The writes of a personal site are few and short, so the queue is never long.
 * On PostgreSQL the lock costs next to nothing and stays harmless.
 */
@Component
public class SingleWriter {

    private final ReentrantLock lock = new ReentrantLock(true);

    private final TransactionTemplate transactions;

    SingleWriter(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public <T> T write(Supplier<T> work) {
        lock.lock();
        try {
            return transactions.execute(status -> work.get());
        }
        finally {
            lock.unlock();
        }
    }

    public void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
