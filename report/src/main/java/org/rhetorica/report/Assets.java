package org.rhetorica.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The style sheets and scripts that pages carry inline, read once from this package's resources. */
final class Assets {
    static final String REPORT_CSS = read("report.css");
    static final String REPORT_JS = read("report.js");
    static final String CORPUS_CSS = read("corpus.css");
    static final String CORPUS_JS = read("corpus.js");

    private Assets() {}

    private static String read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
