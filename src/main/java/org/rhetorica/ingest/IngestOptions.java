package org.rhetorica.ingest;

/**
 * Settings for reading inputs.
 *
 * @param maxFileBytes files larger than this are refused rather than read into memory
 */
public record IngestOptions(int maxFileBytes) {
    /** 64 MiB: far above any article, below what would exhaust a laptop's memory. */
    public static final int DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES);
    }
}
