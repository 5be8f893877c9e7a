package org.rhetorica.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The processor time a process spent between two moments, split by what spent it: the server's
 * request threads, the load generator's threads, and the rest of the JVM (garbage collector,
 * compiler), which no Java thread owns. On a benchmark sharing its process and its processors with
 * the load generator, this says how much of the time was the server's.
 */
final class ProcessorTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Processor time in nanoseconds: the process's, and the server's and load generator's threads' share of it. */
    record Split(long process, long server, long clients) {
        long rest() {
            return Math.max(0, process - server - clients);
        }
    }

    private final Predicate<String> server;
    private final Predicate<String> clients;
    private final long process;
    private final Map<Long, Long> serverThreads;
    private final Map<Long, Long> clientThreads;

    private ProcessorTime(Predicate<String> server, Predicate<String> clients) {
        this.server = server;
        this.clients = clients;
        this.process = processNanos();
        this.serverThreads = threads(server);
        this.clientThreads = threads(clients);
    }

    /** Starts counting; threads are told apart by name. */
    static ProcessorTime start(Predicate<String> server, Predicate<String> clients) {
        return new ProcessorTime(server, clients);
    }

    /** The time spent since {@link #start}, by threads alive now (a thread that ended in between is counted in the rest). */
    Split stop() {
        long processNow = processNanos();
        return new Split(processNow - process, since(serverThreads, threads(server)), since(clientThreads, threads(clients)));
    }

    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Map<Long, Long> threads(Predicate<String> named) {
        Map<Long, Long> times = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && named.test(info.getThreadName())) {
                long time = THREADS.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    times.put(info.getThreadId(), time);
                }
            }
        }
        return times;
    }

    private static long since(Map<Long, Long> before, Map<Long, Long> now) {
        long sum = 0;
        for (Map.Entry<Long, Long> thread : now.entrySet()) {
            sum += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return sum;
    }
}
