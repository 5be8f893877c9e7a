package org.rhetorica.index;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.Technique;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.pipeline.Version;

/**
 * Documents sent out for correction with the model's labels as suggestions: Label Studio's JSON tasks
 * with {@code predictions} (offsets in UTF-16, as JavaScript counts), or brat standoff files for brat
 * and INCEpTION (offsets in code points, as Python counts). {@link GoldImport} reads the corrected
 * labels back.
 */
public final class Corrections {
    static final String TECHNIQUE = "technique";
    static final String QUOTE = "quote";
    static final String TEXT = "text";
    /** The brat type of a quote; techniques are typed by their corpus label, commas made double underscores. */
    static final String BRAT_QUOTE = "Quote";
    static final String KEYS = "rhetorica-keys.tsv";

    private final Corpus corpus;

    public Corrections(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Label Studio's labelling configuration for the tasks: the 14 techniques and the quote kinds over the text. */
    public static String labelStudioConfig() {
        StringBuilder xml = new StringBuilder("<View>\n  <Labels name=\"" + TECHNIQUE + "\" toName=\"" + TEXT + "\">\n");
        for (Technique technique : Technique.values()) {
            xml.append("    <Label value=\"").append(technique.label()).append("\"/>\n");
        }
        xml.append("  </Labels>\n  <Labels name=\"" + QUOTE + "\" toName=\"" + TEXT + "\">\n");
        for (Quote.Kind kind : Quote.Kind.values()) {
            xml.append("    <Label value=\"").append(kind.json()).append("\"/>\n");
        }
        return xml.append("  </Labels>\n  <Text name=\"" + TEXT + "\" value=\"$text\"/>\n</View>\n").toString();
    }

    /** The documents a search matches as Label Studio tasks; returns how many. */
    public int labelStudio(SearchRequest search, OutputStream out) throws IOException {
        int[] count = new int[1];
        try (JsonGenerator json = DocumentJson.mapper().getFactory().createGenerator(out)) {
            json.writeStartArray();
            corpus.forEach(search, (key, doc) -> {
                json.writeStartObject();
                json.writeNumberField("id", ++count[0]);
                json.writeObjectFieldStart("data");
                json.writeStringField(TEXT, doc.text());
                json.writeStringField("key", key);
                json.writeStringField("title", doc.metadata().title());
                json.writeEndObject();
                json.writeArrayFieldStart("predictions");
                json.writeStartObject();
                json.writeStringField("model_version", "rhetorica " + Version.CURRENT);
                json.writeArrayFieldStart("result");
                int region = 0;
                for (TechniqueSpan span : doc.layer(TechniqueSpan.LAYER)) {
                    region(json, "t" + region++, TECHNIQUE, doc, span.start(), span.end(), span.technique(), span.score(), null);
                }
                for (Quote quote : doc.layer(Quote.LAYER)) {
                    region(json, "q" + region++, QUOTE, doc, quote.start(), quote.end(), quote.kind() == null ? "direct" : quote.kind().json(),
                            null, quote.speaker());
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            });
            json.writeEndArray();
        }
        return count[0];
    }

    private static void region(JsonGenerator json, String id, String from, Document doc, int start, int end, String label, Double score,
            String speaker) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("from_name", from);
        json.writeStringField("to_name", TEXT);
        json.writeStringField("type", "labels");
        json.writeObjectFieldStart("value");
        json.writeNumberField("start", start);
        json.writeNumberField("end", end);
        json.writeStringField(TEXT, doc.text().substring(start, end));
        json.writeArrayFieldStart("labels");
        json.writeString(label);
        json.writeEndArray();
        json.writeEndObject();
        if (score != null) {
            json.writeNumberField("score", score);
        }
        if (speaker != null) {
            json.writeObjectFieldStart("meta");
            json.writeStringField(TEXT, "speaker: " + speaker);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * The documents a search matches as a zip of brat standoff files: {@code N.txt} and {@code N.ann}
     * per document, {@code annotation.conf}, and {@value #KEYS} naming each number's document.
     * Returns how many documents.
     */
    public int brat(SearchRequest search, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        StringBuilder keys = new StringBuilder();
        int[] count = new int[1];
        corpus.forEach(search, (key, doc) -> {
            String name = String.valueOf(++count[0]);
            keys.append(name).append('\t').append(key).append('\n');
            entry(zip, name + ".txt", doc.text());
            entry(zip, name + ".ann", standoff(doc));
        });
        entry(zip, "annotation.conf", bratConfig());
        entry(zip, KEYS, keys.toString());
        zip.finish();
        return count[0];
    }

    private static String standoff(Document doc) {
        CodePoints codePoints = new CodePoints(doc.text());
        StringBuilder ann = new StringBuilder();
        int t = 0;
        int notes = 0;
        for (TechniqueSpan span : doc.layer(TechniqueSpan.LAYER)) {
            textBound(ann, ++t, bratType(span.technique()), span.start(), span.end(), doc, codePoints);
        }
        for (Quote quote : doc.layer(Quote.LAYER)) {
            textBound(ann, ++t, BRAT_QUOTE, quote.start(), quote.end(), doc, codePoints);
            ann.append('A').append(t).append("\tKind T").append(t).append(' ')
                    .append(quote.kind() == null ? "direct" : quote.kind().json()).append('\n');
            if (quote.speaker() != null) {
                ann.append('#').append(++notes).append("\tAnnotatorNotes T").append(t).append("\tspeaker: ")
                        .append(quote.speaker().replace('\n', ' ')).append('\n');
            }
        }
        return ann.toString();
    }

    private static void textBound(StringBuilder ann, int id, String type, int start, int end, Document doc, CodePoints codePoints) {
        ann.append('T').append(id).append('\t').append(type).append(' ').append(codePoints.toCodePoint(start)).append(' ')
                .append(codePoints.toCodePoint(end)).append('\t').append(doc.text().substring(start, end).replace('\n', ' ')).append('\n');
    }

    static String bratType(String technique) {
        return technique.replace(",", "__");
    }

    static String techniqueOfBratType(String type) {
        return type.replace("__", ",");
    }

    private static String bratConfig() {
        StringBuilder conf = new StringBuilder("[entities]\n").append(BRAT_QUOTE).append('\n');
        for (Technique technique : Technique.values()) {
            conf.append(bratType(technique.label())).append('\n');
        }
        conf.append("\n[relations]\n\n[events]\n\n[attributes]\nKind Arg:").append(BRAT_QUOTE).append(", Value:");
        List<String> kinds = new ArrayList<>();
        for (Quote.Kind kind : Quote.Kind.values()) {
            kinds.add(kind.json());
        }
        return conf.append(String.join("|", kinds)).append('\n').toString();
    }

    /**
     * Imported gold labels as the files of SemEval-2020 Task 11, for {@code rhetorica eval techniques}:
     * {@code articles/articleN.txt}, {@code labels-tc/articleN.task-flc-tc.labels} (code points) and
     * {@value #KEYS}. Returns how many documents.
     */
    public int goldTaskFiles(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        StringBuilder keys = new StringBuilder();
        int count = 0;
        for (Gold gold : corpus.gold()) {
            Document doc = corpus.document(gold.key());
            if (doc == null) {
                continue;
            }
            String id = String.valueOf(++count);
            keys.append(id).append('\t').append(gold.key()).append('\n');
            entry(zip, "articles/article" + id + ".txt", doc.text());
            CodePoints codePoints = new CodePoints(doc.text());
            StringBuilder labels = new StringBuilder();
            for (Gold.Span span : gold.techniques()) {
                labels.append(id).append('\t').append(span.label()).append('\t').append(codePoints.toCodePoint(span.start()))
                        .append('\t').append(codePoints.toCodePoint(span.end())).append('\n');
            }
            entry(zip, "labels-tc/article" + id + ".task-flc-tc.labels", labels.toString());
        }
        entry(zip, KEYS, keys.toString());
        zip.finish();
        return count;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The tools documents can be sent to. */
    public enum Tool {
        LABEL_STUDIO, BRAT;

        public static Tool parse(String name) {
            for (Tool tool : values()) {
                if (tool.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(name)) {
                    return tool;
                }
            }
            throw new IllegalArgumentException("no correction tool " + name + "; choose label-studio or brat");
        }
    }
}
