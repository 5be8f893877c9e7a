package org.rhetorica.ingest;

/** The formats {@link Ingest} reads. */
enum InputFormat {
    TEXT, HTML, JSON_LINES, WARC;

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
        return null;
    }
}
