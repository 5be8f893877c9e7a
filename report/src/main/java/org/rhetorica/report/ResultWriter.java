package org.rhetorica.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rhetorica.analysis.entities.Aliases;
import org.rhetorica.analysis.entities.CanonicalNames;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.LayerRegistry;
import org.rhetorica.doc.PipelineSpec;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.io.AtomicFiles;
import org.rhetorica.io.Hashes;

/**
 * Writes each document's JSON result and HTML report into an output folder, then a corpus page
 * ({@code index.html}) that links them. Every file is written whole or not at all, the page before
 * the JSON, so that a JSON result present means both are. Of each document it keeps counts and names
 * only, for the corpus page. Names are canonical: each document's by the user's aliases as it is
 * written, the corpus page's by {@link CanonicalNames} over every document. Not thread-safe: call
 * from one thread.
 *
 * <p>A run into a folder that holds results of an earlier run, killed or finished, resumes it: a
 * document whose result is complete there, for the same text (compared by SHA-256) and the same
 * pipeline, is not analysed again ({@link #complete}); the corpus page is rebuilt over all of them.
 */
public final class ResultWriter {
    private final Path folder;
    private final Set<String> usedNames = new HashSet<>();
    private final Map<String, String> reserved = new HashMap<>();
    private final Map<String, Document> kept = new HashMap<>();
    private final CanonicalNames aliased;
    private final CorpusSummary summary;
    private final List<InputFailure> failures = new ArrayList<>();
    private int resumed;

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

    /**
     * Whether an earlier run left a complete result for {@code input}, analysed by {@code pipeline}:
     * then it need not be analysed again, and {@link #keep} counts it instead of {@link #write}. Call
     * for each document in the order they are written.
     */
    public boolean complete(Document input, PipelineSpec pipeline, LayerRegistry layers) {
        String name = uniqueName(input.id());
        reserved.put(input.id(), name);
        Path json = folder.resolve(name + ".json");
        if (!Files.isRegularFile(json) || !Files.isRegularFile(folder.resolve(name + ".html"))) {
            return false;
        }
        try {
            Document earlier = DocumentJson.read(Files.readString(json, StandardCharsets.UTF_8), layers);
            boolean same = earlier.id().equals(input.id()) && Objects.equals(earlier.metadata().pipeline(), pipeline)
                    && sha256(earlier.text()).equals(sha256(input.text()));
            if (same) {
                kept.put(input.id(), earlier);
            }
            return same;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable or of another version: analysed again and overwritten
        }
    }

    /** Counts the earlier result of a document {@link #complete} found, without writing it again. */
    public void keep(Document input) {
        Document earlier = kept.remove(input.id());
        if (earlier == null) {
            throw new IllegalStateException("no complete earlier result for " + input.id());
        }
        resumed++;
        summary.add(earlier, reserved.remove(input.id()));
    }

    private static String sha256(String text) {
        return Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(Document analysed) throws IOException {
        String name = reserved.containsKey(analysed.id()) ? reserved.remove(analysed.id()) : uniqueName(analysed.id());
        Document doc = aliased.apply(analysed);
        // Both rendered before either is written, so that a rendering error leaves no half result.
        String json = DocumentJson.toPrettyJson(doc);
        String html = HtmlReport.render(doc);
        AtomicFiles.write(folder.resolve(name + ".html"), html);
        AtomicFiles.write(folder.resolve(name + ".json"), json);
        summary.add(doc, name);
    }

    /** How many documents an earlier run's results gave, unanalysed. */
    public int resumed() {
        return resumed;
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
