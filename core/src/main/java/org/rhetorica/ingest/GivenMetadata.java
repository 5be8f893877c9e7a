package org.rhetorica.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;

/**
 * Metadata the user gives for inputs that carry none (plain text, mostly), filled into what a
 * document lacks, each date marked with how it was found ({@link Metadata#publishedFrom()}):
 * <ol>
 *   <li>a metadata side file, CSV or JSON Lines, one row per input keyed by {@code file} (the name
 *       as reports show it, its path below the input folder, or its bare name) with any of {@code
 *       title}, {@code author}, {@code published}, {@code source}, {@code url};
 *   <li>the {@code --source} and {@code --published} options, for every input;
 *   <li>a date in the file's name ({@code 2016-10-12_…}, {@code 20161012-…}), as a last resort.
 * </ol>
 * What the input itself says (markup, a platform's data) is never overridden; a date in the text's
 * dateline overrides one from the options or the file name ({@link org.rhetorica.text.ArticleHeader}).
 *
 * @param source the {@code --source} option, or null
 * @param published the {@code --published} option (ISO 8601), or null
 * @param byFile the side file's rows by their {@code file} key
 */
public record GivenMetadata(String source, String published, Map<String, Row> byFile) {
    public static final GivenMetadata NONE = new GivenMetadata(null, null, Map.of());

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})?)?");
    private static final Pattern NAME_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])(?!\\d)");

    /** One row of the side file. */
    public record Row(String title, String author, String published, String source, String url) {}

    public GivenMetadata {
        if (published != null && !ISO.matcher(published).matches()) {
            throw new IllegalArgumentException("--published '" + published + "' is not an ISO 8601 date like 2016-10-12");
        }
        byFile = Map.copyOf(byFile);
    }

    /**
     * Reads a side file: CSV with a header, or JSON Lines.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static Map<String, Row> readSideFile(Path file) {
        Map<String, Row> rows = new HashMap<>();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
                ObjectMapper json = new ObjectMapper();
                int number = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode row = json.readTree(line);
                    String key = text(row.path("file"));
                    if (key == null) {
                        throw new IllegalArgumentException(file + " line " + number + " has no \"file\"");
                    }
                    rows.put(key, new Row(text(row.path("title")), text(row.path("author")), date(text(row.path("published")), file),
                            text(row.path("source")), text(row.path("url"))));
                }
            } else {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        CSVParser csv = CSVParser.builder().setReader(reader)
                                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                    if (!csv.getHeaderNames().contains("file")) {
                        throw new IllegalArgumentException(file + " has no column \"file\" (columns: " + String.join(", ", csv.getHeaderNames()) + ")");
                    }
                    for (CSVRecord record : csv) {
                        rows.put(record.get("file").strip(), new Row(cell(record, "title"), cell(record, "author"),
                                date(cell(record, "published"), file), cell(record, "source"), cell(record, "url")));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read the metadata file " + file + ": " + e.getMessage());
        }
        return rows;
    }

    /** {@code doc} with what it lacks filled from the side file, the options and its file's name. */
    Document apply(InputFile file, Document doc) {
        Metadata metadata = doc.metadata();
        Row row = row(file);
        if (row != null) {
            metadata = metadata.title() == null && row.title() != null ? metadata.withTitle(row.title()) : metadata;
            metadata = metadata.author() == null && row.author() != null ? metadata.withAuthor(row.author()) : metadata;
            metadata = metadata.source() == null && row.source() != null ? metadata.withSource(row.source()) : metadata;
            metadata = metadata.url() == null && row.url() != null ? metadata.withUrl(row.url()) : metadata;
            if (metadata.published() == null && row.published() != null) {
                metadata = metadata.withPublished(row.published(), Metadata.FROM_METADATA_FILE);
            }
        }
        if (metadata.source() == null && source != null) {
            metadata = metadata.withSource(source);
        }
        if (metadata.published() == null && published != null) {
            metadata = metadata.withPublished(published, Metadata.FROM_OPTION);
        }
        if (metadata.published() == null && !file.isStandardInput()) {
            Matcher date = NAME_DATE.matcher(file.path().getFileName().toString());
            if (date.find()) {
                metadata = metadata.withPublished(date.group(1) + "-" + date.group(2) + "-" + date.group(3), Metadata.FROM_FILENAME);
            }
        }
        return metadata == doc.metadata() ? doc : doc.with(metadata);
    }

    private Row row(InputFile file) {
        if (byFile.isEmpty() || file.isStandardInput()) {
            return null;
        }
        Row exact = byFile.get(file.display());
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Row> entry : byFile.entrySet()) {
            if (file.display().endsWith("/" + entry.getKey())) {
                return entry.getValue();
            }
        }
        return byFile.get(file.path().getFileName().toString());
    }

    private static String date(String value, Path file) {
        if (value != null && !ISO.matcher(value).matches()) {
            throw new IllegalArgumentException(file + ": published '" + value + "' is not an ISO 8601 date like 2016-10-12");
        }
        return value;
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) && !record.get(column).isBlank() ? record.get(column).strip() : null;
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText().strip() : null;
    }
}
