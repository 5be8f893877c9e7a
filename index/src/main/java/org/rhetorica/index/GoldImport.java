package org.rhetorica.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;

/**
 * Reads labels corrected in Label Studio (its JSON export of the tasks {@link Corrections} wrote) or
 * in brat or INCEpTION (a zip of the standoff files, with {@value Corrections#KEYS}) as gold, checked
 * against the documents of the index: each must be there, with the same text.
 */
public final class GoldImport {
    private final Corpus corpus;

    public GoldImport(Corpus corpus) {
        this.corpus = corpus;
    }

    /**
     * The gold labels of every document in the file, told apart by content (a zip is brat's).
     *
     * @throws IllegalArgumentException naming what in the file cannot be read
     */
    public List<Gold> read(byte[] file) throws IOException {
        boolean zip = file.length > 1 && file[0] == 'P' && file[1] == 'K';
        return zip ? brat(file) : labelStudio(file);
    }

    private List<Gold> labelStudio(byte[] file) throws IOException {
        JsonNode tasks;
        try {
            tasks = DocumentJson.mapper().readTree(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("neither a zip of brat files nor Label Studio's JSON export: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (tasks == null || !tasks.isArray()) {
            throw new IllegalArgumentException("Label Studio's JSON export is a list of tasks");
        }
        List<Gold> gold = new ArrayList<>();
        for (JsonNode task : tasks) {
            String key = task.path("data").path("key").asText(null);
            if (key == null) {
                throw new IllegalArgumentException("task " + task.path("id").asText("?") + " names no document (data.key)");
            }
            checkText(key, task.path("data").path(Corrections.TEXT).asText(null));
            JsonNode annotation = lastAnnotation(task);
            if (annotation == null) {
                continue; // not corrected yet
            }
            List<Gold.Span> techniques = new ArrayList<>();
            List<Gold.Span> quotes = new ArrayList<>();
            for (JsonNode region : annotation.path("result")) {
                JsonNode value = region.path("value");
                if (!value.has("start") || value.path("labels").isEmpty()) {
                    continue;
                }
                Gold.Span span = new Gold.Span(value.get("start").asInt(), value.get("end").asInt(), value.path("labels").get(0).asText(),
                        speaker(region.path("meta").path(Corrections.TEXT)));
                (region.path("from_name").asText().equals(Corrections.QUOTE) ? quotes : techniques).add(span);
            }
            gold.add(new Gold(key, "label-studio", techniques, quotes));
        }
        return gold;
    }

    /** The last annotation not cancelled, or null. */
    private static JsonNode lastAnnotation(JsonNode task) {
        JsonNode last = null;
        for (JsonNode annotation : task.path("annotations")) {
            if (!annotation.path("was_cancelled").asBoolean(false)) {
                last = annotation;
            }
        }
        return last;
    }

    private static String speaker(JsonNode meta) {
        String text = meta.isArray() ? (meta.isEmpty() ? "" : meta.get(0).asText()) : meta.asText("");
        return text.startsWith("speaker: ") ? text.substring("speaker: ".length()).strip() : null;
    }

    private List<Gold> brat(byte[] file) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                entries.put(name, new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String keys = entries.get(Corrections.KEYS);
        if (keys == null) {
            throw new IllegalArgumentException("the zip has no " + Corrections.KEYS + " naming its documents; export them from Rhetorica");
        }
        List<Gold> gold = new ArrayList<>();
        for (String line : keys.lines().toList()) {
            String[] parts = line.split("\t", 2);
            String text = entries.get(parts[0] + ".txt");
            String ann = entries.get(parts[0] + ".ann");
            if (parts.length < 2 || text == null || ann == null) {
                throw new IllegalArgumentException("the zip lacks " + parts[0] + ".txt or " + parts[0] + ".ann");
            }
            checkText(parts[1], text);
            gold.add(standoff(parts[1], text, ann));
        }
        return gold;
    }

    private static Gold standoff(String key, String text, String ann) {
        CodePoints codePoints = new CodePoints(text);
        Map<String, Gold.Span> bounds = new LinkedHashMap<>();
        Map<String, String> kinds = new HashMap<>();
        Map<String, String> speakers = new HashMap<>();
        for (String line : ann.lines().toList()) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                String[] typeAndRange = fields[1].split(" ", 2);
                String[] ranges = typeAndRange[1].split(";");
                int start = Integer.parseInt(ranges[0].split(" ")[0]);
                int end = Integer.parseInt(ranges[ranges.length - 1].split(" ")[1]);
                bounds.put(fields[0], new Gold.Span(codePoints.toUtf16(start), codePoints.toUtf16(end), typeAndRange[0], null));
            } else if (line.startsWith("A") && fields.length >= 2) {
                String[] attribute = fields[1].split(" ");
                if (attribute.length == 3 && attribute[0].equals("Kind")) {
                    kinds.put(attribute[1], attribute[2]);
                }
            } else if (line.startsWith("#") && fields.length >= 3 && fields[2].startsWith("speaker: ")) {
                speakers.put(fields[1].substring(fields[1].indexOf(' ') + 1), fields[2].substring("speaker: ".length()).strip());
            }
        }
        List<Gold.Span> techniques = new ArrayList<>();
        List<Gold.Span> quotes = new ArrayList<>();
        bounds.forEach((id, span) -> {
            if (span.label().equals(Corrections.BRAT_QUOTE)) {
                quotes.add(new Gold.Span(span.start(), span.end(), kinds.getOrDefault(id, "direct"), speakers.get(id)));
            } else {
                techniques.add(new Gold.Span(span.start(), span.end(), Corrections.techniqueOfBratType(span.label()), null));
            }
        });
        return new Gold(key, "brat", techniques, quotes);
    }

    private void checkText(String key, String text) throws IOException {
        Document doc = corpus.document(key);
        if (doc == null) {
            throw new IllegalArgumentException("document " + key + " is not in the index");
        }
        if (text != null && !text.equals(doc.text())) {
            throw new IllegalArgumentException("the text of document " + key + " differs from the index's: labels would land elsewhere");
        }
    }
}
