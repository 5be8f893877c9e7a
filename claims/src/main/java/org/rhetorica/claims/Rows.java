package org.rhetorica.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rhetorica.io.InvalidInputException;

/**
 * The records of a CSV, TSV or JSON Lines file, each with the line it starts on: what lists of known
 * claims and of queries are read from. Delimited files may quote fields ({@code "…""…"}) and hold
 * line breaks inside quotes. Read with Commons CSV, as every delimited file of the project.
 */
public final class Rows {
    /** One record: its fields as a JSON object (delimited files give strings), and its first line. */
    public record Row(JsonNode fields, long line) {}

    enum Format {
        CSV, TSV, JSON_LINES, JSON;

        /** The format a file's name says, or, failing that, its first characters. */
        static Format of(Path file, String text) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".tsv") || name.endsWith(".tab")) {
                return TSV;
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return JSON_LINES;
            }
            if (name.endsWith(".json") || name.endsWith(".jsonld")) {
                return JSON;
            }
            String start = text.stripLeading();
            if (start.startsWith("[")) {
                return JSON;
            }
            if (start.startsWith("{")) {
                return start.lines().limit(2).count() > 1 && start.lines().findFirst().orElse("").strip().endsWith("}")
                        ? JSON_LINES : JSON;
            }
            return start.lines().findFirst().orElse("").contains("\t") ? TSV : CSV;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private Rows() {}

    /** The file's text, without a byte-order mark. */
    public static String text(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The records of a delimited file after its header row, keyed by the header's names (lower-cased);
     * with {@code header} false, keyed by column number from 0.
     */
    public static List<Row> delimited(Path file, String text, char separator, boolean header) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote('"').setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(text)).setFormat(format).get()) {
            String[] names = null;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (record.size() == 0 || (record.size() == 1 && record.get(0).isBlank())) {
                    continue;
                }
                if (header && names == null) {
                    names = new String[record.size()];
                    for (int i = 0; i < record.size(); i++) {
                        names[i] = record.get(i).strip().toLowerCase(Locale.ROOT);
                    }
                    continue;
                }
                com.fasterxml.jackson.databind.node.ObjectNode object = JSON.createObjectNode();
                for (int i = 0; i < record.size(); i++) {
                    object.put(names == null ? Integer.toString(i) : i < names.length ? names[i] : "#" + i, record.get(i));
                }
                rows.add(new Row(object, line));
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file + ": not valid " + (separator == '\t' ? "TSV" : "CSV") + " ("
                    + firstLine(e.getMessage()) + ")", e);
        }
        return rows;
    }

    /** One JSON value per non-blank line; a line that is not JSON is reported by its number. */
    static List<Row> jsonLines(Path file, String text) {
        List<Row> rows = new ArrayList<>();
        long line = 0;
        for (String content : text.split("\r?\n", -1)) {
            line++;
            if (content.isBlank()) {
                continue;
            }
            try {
                rows.add(new Row(JSON.readTree(content), line));
            } catch (IOException e) {
                throw new InvalidInputException(file + ":" + line + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
            }
        }
        return rows;
    }

    /** The whole file as one JSON value. */
    static JsonNode json(Path file, String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException processing
                    && processing.getLocation() != null ? ":" + processing.getLocation().getLineNr() : "";
            throw new InvalidInputException(file + where + ": not valid JSON (" + firstLine(
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getOriginalMessage() : e.getMessage()) + ")");
        }
    }

    /** The text of a field, or null when it is missing, null or blank; numbers are written as numbers. */
    public static String field(JsonNode fields, String... names) {
        for (String name : names) {
            JsonNode value = fields.get(name);
            if (value != null && !value.isNull() && !value.isContainerNode() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
