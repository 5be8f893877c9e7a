package org.rhetorica.ingest;

/**
 * Settings for reading inputs.
 *
 * @param maxFileBytes files larger than this are refused rather than read into memory; formats that
 *     are streamed (WARC, JSON Lines, platform exports, CSV) apply it to each record and line instead
 * @param maxDecompressionRatio compressed input (gzip, Zstandard) that grows beyond this many times
 *     its size is refused as a decompression bomb
 * @param columns how the columns of CSV files map to fields ({@link CsvColumns}), or null to
 *     recognise known exports (CrowdTangle, 4CAT) and common column names
 * @param given metadata the user gives for documents that lack it
 */
public record IngestOptions(long maxFileBytes, double maxDecompressionRatio, String columns, GivenMetadata given) {
    /** 64 MiB: far above any article, below what would exhaust a laptop's memory. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Text compresses about ten to one, JSON dumps up to thirty; bombs a thousand to one and more. */
    public static final double DEFAULT_MAX_DECOMPRESSION_RATIO = 100;
    /** How deeply JSON may nest (objects and arrays): far beyond any export, short of a deep recursion. */
    public static final int MAX_JSON_DEPTH = 1000;

    public IngestOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("the file size limit must be positive, not " + maxFileBytes);
        }
        if (!(maxDecompressionRatio >= 1)) {
            throw new IllegalArgumentException("the decompression ratio limit must be 1 or more, not " + maxDecompressionRatio);
        }
    }

    public IngestOptions(long maxFileBytes) {
        this(maxFileBytes, DEFAULT_MAX_DECOMPRESSION_RATIO, null, GivenMetadata.NONE);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES);
    }

    public IngestOptions withColumns(String mapping) {
        return new IngestOptions(maxFileBytes, maxDecompressionRatio, mapping, given);
    }

    public IngestOptions withGiven(GivenMetadata metadata) {
        return new IngestOptions(maxFileBytes, maxDecompressionRatio, columns, metadata);
    }

    /** Characters that the open threads of one export may hold before the oldest is handed on. */
    long threadBudget() {
        return Math.min(maxFileBytes, DEFAULT_MAX_FILE_BYTES);
    }
}
