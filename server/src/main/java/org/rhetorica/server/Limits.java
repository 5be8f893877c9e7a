package org.rhetorica.server;

import java.time.Duration;

/**
 * What the workbench allows one client, so that no request can take the machine: body and upload
 * sizes, the time one analysis may run, and how many searches and analyses run at once (past those,
 * requests are refused with 503 at once instead of queueing without bound).
 */
public record Limits(long maxBodyBytes, long maxUploadBytes, Duration analysisTime, int concurrentSearches,
        int concurrentAnalyses) {
    public static Limits defaults() {
        int processors = Runtime.getRuntime().availableProcessors();
        return new Limits(2L << 20, 8L << 20, Duration.ofSeconds(30), 16 * processors, processors);
    }

    public Limits {
        if (maxBodyBytes < 1 || maxUploadBytes < 1 || concurrentSearches < 1 || concurrentAnalyses < 1 || analysisTime.isNegative()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
