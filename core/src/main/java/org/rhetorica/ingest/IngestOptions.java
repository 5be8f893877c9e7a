package org.rhetorica.ingest;

/**
 * Settings for reading inputs.
 *
 * @param maxFileBytes files larger than this are refused rather than read into memory; formats that
 *     are streamed (WARC, JSON Lines, platform exports) apply it to each record instead
 */
public record IngestOptions(long maxFileBytes) {
    /** 64 MiB: far above any article, below what would exhaust a laptop's memory. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    public IngestOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("the file size limit must be positive, not " + maxFileBytes);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES);
    }
}
