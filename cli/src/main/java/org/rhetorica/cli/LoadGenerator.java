package org.rhetorica.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Clients that send requests to a server on loopback as fast as it answers, for a bounded time, and
 * the latencies they saw. Each client waits for its answer before it sends the next request.
 */
final class LoadGenerator {
    /** What a run saw: latencies in nanoseconds, sorted; how many answers were not 200; the processor time spent. */
    record Result(List<Long> latencies, int failures, double seconds, ProcessorTime.Split processor) {
        double percentileMillis(double fraction) {
            if (latencies.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(fraction * latencies.size()) - 1;
            return latencies.get(Math.max(0, index)) / 1e6;
        }

        double perSecond() {
            return latencies.size() / seconds;
        }

        /** Processor milliseconds per answered request. */
        double millisPerRequest(long nanos) {
            return nanos / 1e6 / Math.max(1, latencies.size());
        }
    }

    private static final String CLIENT = "load-client-";

    private LoadGenerator() {}

    /**
     * {@code clients} clients, each cycling through {@code paths} from its own starting point, for
     * {@code duration}; the processor time is split between the threads {@code server} names and the clients'.
     */
    static Result run(String base, List<String> paths, int clients, Duration duration, Predicate<String> server) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, task -> new Thread(task, CLIENT + threads.incrementAndGet()));
        AtomicInteger failures = new AtomicInteger();
        ProcessorTime processor = ProcessorTime.start(server, LoadGenerator::isClient);
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<List<Long>>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            runs.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int i = first; System.nanoTime() < end; i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - sent;
                    if (response.statusCode() == 200) {
                        latencies.add(took);
                    } else {
                        failures.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> run : runs) {
            all.addAll(run.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ProcessorTime.Split spent = processor.stop();
        pool.shutdownNow();
        Collections.sort(all);
        return new Result(all, failures.get(), seconds, spent);
    }

    /** The clients' threads, and those of the HTTP client they share. */
    private static boolean isClient(String thread) {
        return thread.startsWith(CLIENT) || thread.startsWith("HttpClient-");
    }
}
