package dev.aivoice.camel.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one {@link Call} from a fixed number of threads for a fixed time and records every call's latency. The
 * threads live as long as the driver, so their allocation counters survive from one round to the next.
 */
public final class LoadDriver implements AutoCloseable {

    /** What one round measured; {@code calls} counts successful calls only, failures are counted apart. */
    public record Round(long calls, long elapsedNanos, long[] sortedLatencyNanos, long allocatedBytes, long failures,
                        String firstFailure) {

        public double perSecond() {
            return calls * 1e9 / elapsedNanos;
        }

        public double p50Micros() {
            return Stats.percentile(sortedLatencyNanos, 50) / 1e3;
        }

        public double p99Micros() {
            return Stats.percentile(sortedLatencyNanos, 99) / 1e3;
        }

        public double bytesPerCall() {
            return calls == 0 ? 0 : (double) allocatedBytes / calls;
        }
    }

    private final int concurrency;
    private final ExecutorService callers;
    private final AllocationMeter meter = new AllocationMeter();

    public LoadDriver(int concurrency, String threadName) {
        this.concurrency = concurrency;
        AtomicInteger counter = new AtomicInteger();
        this.callers = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, threadName + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public Round run(Call call, Duration length) throws Exception {
        CountDownLatch ready = new CountDownLatch(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Future<long[]>> threads = new ArrayList<>();
        LongAdder failures = new LongAdder();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        for (int i = 0; i < concurrency; i++) {
            threads.add(callers.submit(() -> {
                ready.countDown();
                go.await();
                return callUntil(call, deadline[0], failures, firstFailure);
            }));
        }
        ready.await();
        Map<Long, Long> before = meter.snapshot();
        long start = System.nanoTime();
        deadline[0] = start + length.toNanos();
        go.countDown();
        List<long[]> latencies = new ArrayList<>();
        for (Future<long[]> thread : threads) {
            latencies.add(thread.get(length.toMillis() + 60_000, TimeUnit.MILLISECONDS));
        }
        long elapsed = System.nanoTime() - start;
        long allocated = AllocationMeter.allocatedBetween(before, meter.snapshot());
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Round(all.length, elapsed, all, allocated, failures.sum(), firstFailure.get());
    }

    /**
     * Calls until the deadline. A failed call (an I/O error, a wrong answer) is counted and described, not timed:
     * one stale keep-alive connection must not abort a whole run, and the table says how many calls failed.
     */
    private static long[] callUntil(Call call, long deadline, LongAdder failures, AtomicReference<String> firstFailure) {
        long[] latencies = new long[1024];
        int count = 0;
        long now = System.nanoTime();
        while (now < deadline) {
            long started = now;
            try {
                call.run();
            } catch (Exception e) {
                failures.increment();
                firstFailure.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                now = System.nanoTime();
                continue;
            }
            now = System.nanoTime();
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = now - started;
        }
        return Arrays.copyOf(latencies, count);
    }

    @Override
    public void close() {
        callers.shutdownNow();
    }
}
