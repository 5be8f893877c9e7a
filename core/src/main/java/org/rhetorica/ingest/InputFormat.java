package org.rhetorica.ingest;

/** The formats {@link Ingest} reads. */
enum InputFormat {
    TEXT, HTML, JSON_LINES, JSON, WARC, FEED, CSV;

    /** The format a lower-case file name's extension names, or null when it names none of these. */
    static InputFormat byExtension(String lowerName) {
        if (lowerName.endsWith(".txt") || lowerName.endsWith(".text")) {
            return TEXT;
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return HTML;
        }
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz")) {
            return WARC;
        }
        if (lowerName.endsWith(".rss") || lowerName.endsWith(".atom")) {
            return FEED;
        }
        if (lowerName.endsWith(".csv") || lowerName.endsWith(".tsv")) {
            return CSV;
        }
        // .json may hold one document or JSON Lines, and .xml anything: their content tells.
        return null;
    }
}
