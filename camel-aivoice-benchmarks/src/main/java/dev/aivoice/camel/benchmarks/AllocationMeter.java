package dev.aivoice.camel.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes allocated by the threads of the code under test: {@code getThreadAllocatedBytes} summed over all live
 * threads, except the loopback server's and the harness's own senders, which would otherwise count their work as the
 * contender's. Threads born during a round count from zero.
 */
public final class AllocationMeter {

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public AllocationMeter() {
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    /** Allocated bytes per counted thread id, at this moment. */
    public Map<Long, Long> snapshot() {
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids, 0);
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> counted = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && bytes[i] >= 0 && !LoopbackProvider.isServerThread(infos[i].getThreadName())) {
                counted.put(ids[i], bytes[i]);
            }
        }
        return counted;
    }

    public static long allocatedBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long total = 0;
        for (Map.Entry<Long, Long> thread : after.entrySet()) {
            total += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return total;
    }
}
