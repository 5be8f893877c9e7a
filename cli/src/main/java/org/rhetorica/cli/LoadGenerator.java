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

/**
 * Clients that send requests to a server on loopback as fast as it answers, for a bounded time, and
 * the latencies they saw. Each client waits for its answer before it sends the next request.
 */
final class LoadGenerator {
    /** What a run saw: latencies in nanoseconds, sorted; how many answers were not 200. */
    record Result(List<Long> latencies, int failures, double seconds) {
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
    }

    private LoadGenerator() {}

    /** {@code clients} clients, each cycling through {@code paths} from its own starting point, for {@code duration}. */
    static Result run(String base, List<String> paths, int clients, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger failures = new AtomicInteger();
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
        pool.shutdownNow();
        Collections.sort(all);
        return new Result(all, failures.get(), seconds);
    }
}
