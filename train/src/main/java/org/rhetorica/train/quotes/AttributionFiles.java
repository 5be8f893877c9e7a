package org.rhetorica.train.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rhetorica.doc.Span;
import org.rhetorica.io.InvalidInputException;
import org.rhetorica.train.heads.TrainingRecord;

/**
 * Reads an attribution corpus in the layout of PolNeAR: {@code text/<name>.txt} and
 * {@code attributions/<name>_<annotator>.ann}, brat standoff files whose {@code T} lines are
 * {@code Source}, {@code Cue} and {@code Content} spans (code point offsets, discontinuous spans as
 * {@code start end;start end}) and whose {@code E} lines tie one attribution together
 * ({@code Attribution:T4 Content:T3 Cue:T2 Source:T1}, a second content as {@code Content2}).
 *
 * <p>Where several annotators read the same article, the one whose id sorts first is taken, for
 * every such article alike: annotations are never merged, since two readings of one attribution
 * would count twice. Attributions without content are skipped: there is nothing said to find. Lines
 * other than {@code T} and {@code E} lines are skipped: notes, and the rest of a span's text where
 * that text holds a line break.
 */
final class AttributionFiles {
    private static final Pattern ANNOTATION_FILE = Pattern.compile("(.+)_([0-9A-Za-z]+)\\.ann");
    /** Ids of span and attribution lines; other lines are notes, or the rest of a span text that holds a line break. */
    private static final Pattern TEXT_BOUND = Pattern.compile("T\\d+");
    private static final Pattern EVENT = Pattern.compile("E\\d+");

    /**
     * One attribution, each role as its fragments in code point offsets, in text order; {@code cue}
     * and {@code source} may be empty.
     */
    record Gold(List<Span> content, List<Span> cue, List<Span> source) {}

    /** An article: its text and the attributions of the annotator chosen. */
    record Article(String name, Path file, String text, String annotator, List<Gold> attributions) {}

    private AttributionFiles() {}

    /** Every article of {@code corpus} that has an annotation file, in name order. */
    static List<Article> read(Path corpus) {
        Path texts = corpus.resolve("text");
        Path annotations = corpus.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
            throw new InvalidInputException(corpus + " must hold the folders text/ and attributions/");
        }
        Map<String, Path> chosen = new TreeMap<>();
        try (Stream<Path> files = Files.list(annotations)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = ANNOTATION_FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    chosen.putIfAbsent(name.group(1), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + annotations, e);
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("no <name>_<annotator>.ann files in " + annotations);
        }
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, Path> entry : chosen.entrySet()) {
            Path textFile = texts.resolve(entry.getKey() + ".txt");
            if (!Files.isRegularFile(textFile)) {
                throw new InvalidInputException(entry.getValue() + " has no text " + textFile);
            }
            String text = readString(textFile);
            Matcher name = ANNOTATION_FILE.matcher(entry.getValue().getFileName().toString());
            name.matches();
            articles.add(new Article(entry.getKey(), textFile, text, name.group(2),
                    parse(readLines(entry.getValue()), entry.getValue(), text.codePointCount(0, text.length()))));
        }
        return articles;
    }

    /** A fingerprint of the corpus's texts and annotations: it tells whether a model was trained on this corpus. */
    static String fingerprint(Path corpus) {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("text", "attributions")) {
            try (Stream<Path> list = Files.list(corpus.resolve(folder))) {
                list.sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + corpus.resolve(folder), e);
            }
        }
        return TrainingRecord.fingerprint(files);
    }

    /** The attributions of one standoff file's lines; {@code length} is the text's length in code points. */
    static List<Gold> parse(List<String> lines, Path file, int length) {
        Map<String, List<Span>> spans = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\t");
            if (TEXT_BOUND.matcher(fields[0]).matches()) {
                if (fields.length < 2) {
                    throw new InvalidInputException(file + " line " + (i + 1) + ": a T line needs a type and offsets");
                }
                spans.put(fields[0], fragments(fields[1], file, i + 1, length));
            }
        }
        List<Gold> attributions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\t");
            if (!EVENT.matcher(fields[0]).matches() || fields.length < 2) {
                continue;
            }
            List<Span> content = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            for (String argument : fields[1].trim().split(" ")) {
                int colon = argument.indexOf(':');
                List<Span> target = colon < 0 ? null : spans.get(argument.substring(colon + 1));
                if (target == null) {
                    throw new InvalidInputException(file + " line " + (i + 1) + ": argument '" + argument
                            + "' names no T line");
                }
                String role = argument.substring(0, colon);
                if (role.startsWith("Content")) {
                    content.addAll(target);
                } else if (role.equals("Cue")) {
                    cue.addAll(target);
                } else if (role.equals("Source")) {
                    source.addAll(target);
                }
            }
            if (!content.isEmpty()) {
                attributions.add(new Gold(sorted(content), sorted(cue), sorted(source)));
            }
        }
        return attributions;
    }

    private static List<Span> fragments(String typeAndOffsets, Path file, int line, int length) {
        int space = typeAndOffsets.indexOf(' ');
        if (space < 0) {
            throw new InvalidInputException(file + " line " + line + ": no offsets in '" + typeAndOffsets + "'");
        }
        List<Span> fragments = new ArrayList<>();
        for (String fragment : typeAndOffsets.substring(space + 1).split(";")) {
            String[] offsets = fragment.trim().split(" ");
            try {
                Span span = new Span(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[offsets.length - 1]));
                if (offsets.length != 2 || span.end() > length) {
                    throw new IllegalArgumentException("not a range inside the text's " + length + " characters");
                }
                fragments.add(span);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(file + " line " + line + ": bad offsets '" + fragment + "': " + e.getMessage(), e);
            }
        }
        return fragments;
    }

    private static List<Span> sorted(List<Span> spans) {
        List<Span> copy = new ArrayList<>(spans);
        copy.sort(null);
        return List.copyOf(copy);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
