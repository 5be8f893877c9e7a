package org.rhetorica.index;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhetorica.corpus.CorpusContributor;
import org.rhetorica.corpus.SpanRow;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;

/**
 * Writes the documents a search matches as a table: one row per document ({@code documents}), or one
 * row per span of a layer, with the document's id, source and date, the span's offsets (Unicode code
 * points, as results count them), its text, its speaker, its label with a readable name beside it,
 * and its score.
 */
public final class Export {
    public static final String DOCUMENTS = "documents";

    public enum Format {
        CSV, JSONL, PARQUET;

        /** @throws IllegalArgumentException naming the choices */
        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("no export format " + name + "; choose csv, jsonl or parquet");
            }
        }

        public String mediaType() {
            return switch (this) {
                case CSV -> "text/csv; charset=utf-8";
                case JSONL -> "application/x-ndjson; charset=utf-8";
                case PARQUET -> "application/vnd.apache.parquet";
            };
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Corpus corpus;

    public Export(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The layers that can be exported: documents, and every contributor's layer. */
    public List<String> layers() {
        List<String> layers = new ArrayList<>(List.of(DOCUMENTS));
        corpus.config().contributors().all().forEach(c -> layers.add(c.layer()));
        return layers;
    }

    /**
     * Writes the table; returns how many rows.
     *
     * @throws IllegalArgumentException if no layer is called {@code layer}
     */
    public long write(SearchRequest search, String layer, Format format, OutputStream out) throws IOException {
        CorpusContributor contributor = layer.equals(DOCUMENTS) ? null : corpus.config().contributors().forLayer(layer);
        if (contributor == null && !layer.equals(DOCUMENTS)) {
            throw new IllegalArgumentException("no layer " + layer + " to export; choose " + String.join(", ", layers()));
        }
        List<Table.Column> columns = contributor == null ? documentColumns() : spanColumns(contributor);
        long[] rows = new long[1];
        try (Table.Writer writer = Table.open(format, columns, out)) {
            corpus.forEach(search, (key, doc) -> {
                if (contributor == null) {
                    writer.write(documentRow(key, doc));
                    rows[0]++;
                } else {
                    CodePoints codePoints = new CodePoints(doc.text());
                    for (SpanRow row : contributor.rows(doc)) {
                        writer.write(spanRow(key, doc, layer, row, codePoints));
                        rows[0]++;
                    }
                }
            });
        }
        return rows[0];
    }

    private List<Table.Column> documentColumns() {
        List<Table.Column> columns = new ArrayList<>(List.of(Table.text("document"), Table.text("id"), Table.text("title"),
                Table.text("source"), Table.text("published"), Table.text("author"), Table.text("url"), Table.text("language"),
                Table.integer("characters")));
        corpus.config().contributors().all().forEach(c -> columns.add(Table.integer(c.layer())));
        return columns;
    }

    private Map<String, Object> documentRow(String key, Document doc) {
        Metadata meta = doc.metadata();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", key);
        row.put("id", meta.id());
        row.put("title", meta.title());
        row.put("source", meta.source());
        row.put("published", meta.published());
        row.put("author", meta.author());
        row.put("url", meta.url());
        row.put("language", meta.language());
        row.put("characters", doc.text().codePointCount(0, doc.text().length()));
        corpus.config().contributors().all().forEach(c -> row.put(c.layer(), c.rows(doc).size()));
        return row;
    }

    private static List<Table.Column> spanColumns(CorpusContributor contributor) {
        List<Table.Column> columns = new ArrayList<>(List.of(Table.text("document"), Table.text("source"), Table.text("published"),
                Table.text("layer"), Table.integer("start"), Table.integer("end"), Table.text("text"), Table.text("speaker"),
                Table.text("label"), Table.text("label_name"), Table.decimal("score")));
        contributor.extraColumns().forEach(name -> columns.add(Table.text(name)));
        return columns;
    }

    private static Map<String, Object> spanRow(String key, Document doc, String layer, SpanRow span, CodePoints codePoints) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", key);
        row.put("source", doc.metadata().source());
        row.put("published", doc.metadata().published());
        row.put("layer", layer);
        row.put("start", codePoints.toCodePoint(span.start()));
        row.put("end", codePoints.toCodePoint(span.end()));
        row.put("text", doc.text(span));
        row.put("speaker", span.speaker());
        row.put("label", span.label());
        row.put("label_name", span.labelName());
        row.put("score", span.score());
        row.putAll(span.extra());
        return row;
    }
}
