package org.rhetorica.report;

import org.rhetorica.io.ClassPath;

/** The style sheets and scripts that pages carry inline, read once from this package's resources. */
final class Assets {
    static final String REPORT_CSS = read("report.css");
    static final String REPORT_JS = read("report.js");
    static final String CORPUS_CSS = read("corpus.css");
    static final String CORPUS_JS = read("corpus.js");

    private Assets() {}

    private static String read(String name) {
        String resource = "org/rhetorica/report/" + name;
        return ClassPath.readString(resource, "resource " + resource + " is missing from the build");
    }
}
