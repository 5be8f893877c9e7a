package org.rhetorica.doc;

/**
 * Where a document came from.
 *
 * @param file the input file's path as given, or {@code "-"} for standard input
 * @param start first character of the document in the decoded file, in code points
 * @param end end of the document in the decoded file, exclusive, in code points
 * @param record the record within the file, for formats that have them (a JSON Lines line number,
 *     a WARC record's target URI), or null
 */
public record Origin(String file, int start, int end, String record) {
    public Origin {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("an origin needs a file");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("origin range [" + start + ", " + end + ") is not a range");
        }
    }
}
