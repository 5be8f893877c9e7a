package org.rhetorica.ingest;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Undoes gzip or Zstandard compression, told by the first bytes, and guards against decompression
 * bombs: once more than {@value #RATIO_FREE_BYTES} bytes came out, reading fails when the output
 * exceeds {@link IngestOptions#maxDecompressionRatio()} times the input. Real text compresses about
 * ten to one; a bomb, a thousand to one or more.
 *
 * <p>Zstandard frames may use windows of up to 2 GiB ({@code zstd --long=31}, as the Pushshift and
 * Arctic Shift Reddit dumps do); the window is held in native memory while the frame is read.
 */
final class Compression {
    /** Output allowed before the ratio is checked: small files compress far better than large ones. */
    static final long RATIO_FREE_BYTES = 1 << 20;
    /** The largest window a Zstandard frame may ask for, as a power of two (2 GiB). */
    private static final int ZSTD_WINDOW_LOG_MAX = 31;
    private static final int BUFFER_BYTES = 64 * 1024;

    enum Kind { GZIP, ZSTD }

    private Compression() {}

    /** The compression the first bytes show, or null. */
    static Kind of(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return Kind.GZIP;
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x28 && (head[1] & 0xFF) == 0xB5 && (head[2] & 0xFF) == 0x2F
                && (head[3] & 0xFF) == 0xFD) {
            return Kind.ZSTD;
        }
        return null;
    }

    /** {@code in} decompressed as {@code kind}, with the ratio guard. */
    static InputStream open(Kind kind, InputStream in, double maxRatio) throws IOException {
        Counted counted = new Counted(in);
        InputStream decompressed;
        if (kind == Kind.GZIP) {
            decompressed = new GZIPInputStream(counted, BUFFER_BYTES);
        } else {
            ZstdInputStreamNoFinalizer zstd = new ZstdInputStreamNoFinalizer(counted);
            zstd.setLongMax(ZSTD_WINDOW_LOG_MAX);
            decompressed = zstd;
        }
        return new RatioGuard(decompressed, counted, maxRatio);
    }

    /** A file name without the compression's extension ("rc_2024-01.ndjson.zst" gives "rc_2024-01.ndjson"). */
    static String innerName(String lowerName) {
        for (String suffix : new String[] {".gz", ".zst", ".zstd"}) {
            if (lowerName.endsWith(suffix) && !lowerName.endsWith(".warc.gz")) {
                return lowerName.substring(0, lowerName.length() - suffix.length());
            }
        }
        return lowerName;
    }

    private static final class Counted extends FilterInputStream {
        long bytes;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            bytes += read < 0 ? 0 : 1;
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            bytes += Math.max(0, read);
            return read;
        }
    }

    private static final class RatioGuard extends FilterInputStream {
        private final Counted compressed;
        private final double maxRatio;
        private long out;

        RatioGuard(InputStream decompressed, Counted compressed, double maxRatio) {
            super(decompressed);
            this.compressed = compressed;
            this.maxRatio = maxRatio;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                check(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                check(read);
            }
            return read;
        }

        private void check(int read) throws IOException {
            out += read;
            if (out > RATIO_FREE_BYTES && out > maxRatio * Math.max(1, compressed.bytes)) {
                throw new DecompressionBomb(String.format(Locale.ROOT,
                        "decompresses to more than %.0f times its size (%d bytes from %d); refused as a decompression bomb",
                        maxRatio, out, compressed.bytes));
            }
        }
    }

    /** Decompressed data past the ratio limit. */
    static final class DecompressionBomb extends IOException {
        DecompressionBomb(String message) {
            super(message);
        }
    }
}
