package org.rhetorica.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as bytes, holding one line at a time. A line longer than the limit is
 * skipped to its end and reported as too long, so that one runaway line neither exhausts memory nor
 * costs the lines after it. Line ends are {@code \n}; a {@code \r} before it is dropped.
 */
final class LineReader {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private long number;

    /** One line: its number (from 1) and bytes, or null bytes when it was longer than the limit. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int count = position - start;
            length += count;
            if (length <= maxLineBytes) {
                line.write(buffer, start, count);
            } else if (line.size() > 0) {
                line = new ByteArrayOutputStream(); // past the limit: stop holding it
            }
            if (position < limit) {
                position++; // the line end
                break;
            }
        }
        number++;
        if (length > maxLineBytes) {
            return new Line(number, null, length);
        }
        byte[] bytes = line.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, end - 1);
        }
        return new Line(number, bytes, length);
    }
}
