package org.rhetorica.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rhetorica.analysis.entities.Aliases;
import org.rhetorica.analysis.entities.CanonicalNames;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.io.AtomicFiles;

/**
 * Writes each document's JSON result and HTML report into an output folder, then a corpus page
 * ({@code index.html}) that links them. Every file is written whole or not at all. Of each document
 * it keeps counts and names only, for the corpus page. Names are canonical: each document's by the
 * user's aliases as it is written, the corpus page's by {@link CanonicalNames} over every document.
 * Not thread-safe: call from one thread.
 */
public final class ResultWriter {
    private final Path folder;
    private final Set<String> usedNames = new HashSet<>();
    private final CanonicalNames aliased;
    private final CorpusSummary summary;
    private final List<InputFailure> failures = new ArrayList<>();

    public ResultWriter(Path folder) throws IOException {
        this(folder, Aliases.none());
    }

    public ResultWriter(Path folder, Aliases aliases) throws IOException {
        this.folder = folder;
        this.aliased = CanonicalNames.of(aliases);
        this.summary = new CorpusSummary(aliases);
        Files.createDirectories(folder);
        AtomicFiles.removeLeftovers(folder);
    }

    public void write(Document analysed) throws IOException {
        Document doc = aliased.apply(analysed);
        // Both rendered before either is written, so that a rendering error leaves no half result.
        String json = DocumentJson.toPrettyJson(doc);
        String html = HtmlReport.render(doc);
        String name = uniqueName(doc.id());
        AtomicFiles.write(folder.resolve(name + ".json"), json);
        AtomicFiles.write(folder.resolve(name + ".html"), html);
        summary.add(doc, name);
    }

    public void failed(InputFailure failure) {
        failures.add(failure);
    }

    /** Writes the corpus page; call once, after the last document. */
    public void finish() throws IOException {
        AtomicFiles.write(folder.resolve("index.html"), CorpusPage.render(summary, failures));
    }

    private String uniqueName(String id) {
        String base = id.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "doc" + base;
        }
        if (base.toLowerCase(Locale.ROOT).equals("index")) {
            base = "index-doc";
        }
        String name = base;
        for (int n = 2; !usedNames.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
