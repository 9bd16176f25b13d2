package org.asylon.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a closed loop: {@code clients} threads (a fixed pool; Java 17 has no virtual threads) each
 * repeat one operation back to back until the duration has passed or the level's count is reached.
 * Only successful operations enter the latency figures; failures are counted.
 */
final class LoadRunner {

    /** One client's connection to the system under test. */
    interface Worker extends AutoCloseable {
        /** Does one registration; true when it succeeded. */
        boolean once() throws Exception;

        @Override
        default void close() throws Exception {}
    }

    interface WorkerFactory {
        Worker open(int index) throws Exception;
    }

    private LoadRunner() {}

    static LevelResult run(
            String label, int clients, Duration duration, long maxOps, WorkerFactory factory)
            throws Exception {
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        clients,
                        r -> {
                            Thread t = new Thread(r, label + "-client");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            List<Worker> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(factory.open(i));
            }
            CountDownLatch start = new CountDownLatch(1);
            AtomicLong remaining = new AtomicLong(maxOps);
            AtomicLong errors = new AtomicLong();
            long[] window = new long[2];
            List<Future<Latencies>> futures = new ArrayList<>();
            for (Worker worker : workers) {
                futures.add(
                        pool.submit(
                                () -> {
                                    Latencies mine = new Latencies();
                                    start.await();
                                    long deadline = window[0] + duration.toNanos();
                                    while (System.nanoTime() < deadline
                                            && remaining.getAndDecrement() > 0) {
                                        long t0 = System.nanoTime();
                                        boolean ok;
                                        try {
                                            ok = worker.once();
                                        } catch (Exception e) {
                                            ok = false;
                                            Errors.record(label, "exception: " + e);
                                        }
                                        long t1 = System.nanoTime();
                                        if (ok) {
                                            mine.add(t1 - t0);
                                        } else {
                                            errors.incrementAndGet();
                                        }
                                    }
                                    return mine;
                                }));
            }
            window[0] = System.nanoTime();
            start.countDown();
            Latencies all = new Latencies();
            for (Future<Latencies> f : futures) {
                all.addAll(f.get(duration.toSeconds() + 300, TimeUnit.SECONDS));
            }
            double seconds = (System.nanoTime() - window[0]) / 1e9;
            for (Worker worker : workers) {
                worker.close();
            }
            return LevelResult.of(clients, errors.get(), seconds, all);
        } finally {
            pool.shutdownNow();
        }
    }
}
