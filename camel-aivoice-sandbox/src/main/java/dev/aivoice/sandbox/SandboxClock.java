package dev.aivoice.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The sandbox's time. Everything that happens later (a call connects, ends, retries; a webhook is redelivered) is a
 * task on this clock. A {@link #manual() manual} clock only moves when a test calls {@link #advance(Duration)}, so tests
 * are deterministic and take no real time; an {@link #accelerated(double) accelerated} clock moves by itself, faster
 * than real time, for demos. Tasks run on the thread that advances the clock, in time order, outside any lock the
 * HTTP endpoints take.
 */
public final class SandboxClock implements AutoCloseable {

    private record Task(Instant at, long sequence, Runnable action) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            (a, b) -> a.at().equals(b.at()) ? Long.compare(a.sequence(), b.sequence()) : a.at().compareTo(b.at()));
    private final ReentrantLock advancing = new ReentrantLock();
    private final double speed;
    private Instant now;
    private long sequence;
    private ScheduledExecutorService ticker;

    private SandboxClock(Instant start, double speed) {
        this.now = start;
        this.speed = speed;
    }

    /** A clock that stands still until {@link #advance(Duration)} moves it. */
    public static SandboxClock manual() {
        return manual(Instant.parse("2026-03-02T10:00:00Z"));
    }

    public static SandboxClock manual(Instant start) {
        return new SandboxClock(start, 0);
    }

    /** A clock that starts at the current time and runs {@code speed} times faster than real time. */
    public static SandboxClock accelerated(double speed) {
        if (speed <= 0) {
            throw new IllegalArgumentException("speed must be positive, was " + speed);
        }
        return new SandboxClock(Instant.now(), speed);
    }

    public synchronized Instant now() {
        return now;
    }

    public boolean isManual() {
        return speed == 0;
    }

    /** Runs {@code action} when the clock reaches now + delay (at once on the next advance when delay is zero). */
    public void schedule(Duration delay, Runnable action) {
        synchronized (this) {
            tasks.add(new Task(now.plus(delay), sequence++, action));
        }
        if (!isManual() && delay.isZero()) {
            kick();
        }
    }

    /** Moves the clock forward, running every task that falls due on the way, in time order. */
    public void advance(Duration duration) {
        advancing.lock();
        try {
            Instant target;
            synchronized (this) {
                target = now.plus(duration);
            }
            while (true) {
                Task next;
                synchronized (this) {
                    next = tasks.peek();
                    if (next == null || next.at().isAfter(target)) {
                        now = target;
                        return;
                    }
                    tasks.poll();
                    if (next.at().isAfter(now)) {
                        now = next.at();
                    }
                }
                next.action().run();
            }
        } finally {
            advancing.unlock();
        }
    }

    /**
     * Advances until no task is left (every call finished, every webhook delivered or given up), at most by
     * {@code limit}. Returns the time that passed.
     */
    public Duration runUntilIdle(Duration limit) {
        Instant start = now();
        Instant end = start.plus(limit);
        while (true) {
            Instant next;
            synchronized (this) {
                Task task = tasks.peek();
                next = task == null ? null : task.at();
            }
            if (next == null || next.isAfter(end)) {
                return Duration.between(start, now());
            }
            Duration step = Duration.between(now(), next);
            advance(step.isNegative() ? Duration.ZERO : step);
        }
    }

    /** Tasks still waiting. */
    public synchronized int pendingTasks() {
        return tasks.size();
    }

    /** Forgets every waiting task (sandbox reset). */
    synchronized void clearTasks() {
        tasks.clear();
    }

    synchronized void start() {
        if (isManual() || ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aivoice-sandbox-clock");
            thread.setDaemon(true);
            return thread;
        });
        long[] last = { System.nanoTime() };
        ticker.scheduleWithFixedDelay(() -> {
            long real = System.nanoTime();
            long elapsed = real - last[0];
            last[0] = real;
            try {
                advance(Duration.ofNanos((long) (elapsed * speed)));
            } catch (RuntimeException e) {
                System.err.println("aivoice sandbox: a clock task failed: " + e);
            }
        }, 10, 10, TimeUnit.MILLISECONDS);
    }

    private void kick() {
        ScheduledExecutorService current;
        synchronized (this) {
            current = ticker;
        }
        if (current != null) {
            current.execute(() -> advance(Duration.ZERO));
        }
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
