package org.rhetorica.train.techniques;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.rhetorica.io.InvalidInputException;

/**
 * Reads and writes the files of SemEval-2020 Task 11 (the Propaganda Techniques Corpus): articles
 * {@code article<ID>.txt}; span identification labels {@code id<TAB>start<TAB>end}; technique
 * classification labels {@code id<TAB>technique<TAB>start<TAB>end}. Offsets are code points; technique
 * names contain commas, so only tabs separate fields.
 */
public final class TaskFiles {
    private TaskFiles() {}

    /** Article texts by id, read as UTF-8 with any byte-order mark kept: it counts as character 0. */
    public static Map<String, String> readArticles(Path folder) {
        Map<String, String> articles = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("article") && name.endsWith(".txt")) {
                    articles.put(name.substring("article".length(), name.length() - ".txt".length()),
                            Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read articles in " + folder, e);
        }
        if (articles.isEmpty()) {
            throw new InvalidInputException("no article<ID>.txt files in " + folder);
        }
        return articles;
    }

    /**
     * Labels from a file, or from every {@code *.labels} file of a folder. Lines with three fields
     * are span identification labels (technique null), lines with four are technique labels.
     */
    public static List<GoldSpan> readLabels(Path fileOrFolder) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> list = Files.list(fileOrFolder)) {
                list.filter(f -> f.getFileName().toString().endsWith(".labels")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + fileOrFolder, e);
            }
        } else {
            files.add(fileOrFolder);
        }
        List<GoldSpan> spans = new ArrayList<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read labels " + file, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    spans.add(parse(lines.get(i), file, i + 1));
                }
            }
        }
        return spans;
    }

    private static GoldSpan parse(String line, Path file, int number) {
        String[] fields = line.strip().split("\t");
        try {
            return switch (fields.length) {
                case 3 -> new GoldSpan(fields[0], null, Integer.parseInt(fields[1]), Integer.parseInt(fields[2]));
                case 4 -> new GoldSpan(fields[0], fields[1], Integer.parseInt(fields[2]), Integer.parseInt(fields[3]));
                default -> throw new IllegalArgumentException("expected 3 or 4 tab-separated fields, found " + fields.length);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file + " line " + number + ": " + e.getMessage(), e);
        }
    }

    /** Writes spans in span identification format, or technique format when {@code withTechnique}. */
    public static void write(List<GoldSpan> spans, boolean withTechnique, Writer out) throws IOException {
        for (GoldSpan span : spans) {
            out.write(withTechnique
                    ? String.format(Locale.ROOT, "%s\t%s\t%d\t%d\n", span.article(), span.technique(), span.start(), span.end())
                    : String.format(Locale.ROOT, "%s\t%d\t%d\n", span.article(), span.start(), span.end()));
        }
    }
}
