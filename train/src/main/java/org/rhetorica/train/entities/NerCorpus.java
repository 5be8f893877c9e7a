package org.rhetorica.train.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.rhetorica.analysis.entities.Coreference.Name;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.doc.Document;
import org.rhetorica.io.InvalidInputException;

/**
 * Named-entity files in IOB columns made into documents: UNER's ({@code idx TAB token TAB tag ...},
 * {@code # newdoc id} and {@code # text} comments), the Broad Twitter Corpus' and WNUT-17's
 * ({@code token TAB tag}) and wikigold's ({@code token tag}, I- tags only, {@code -DOCSTART-} between
 * articles). Types are mapped to PERSON, ORGANIZATION and LOCATION (UNER's OTH, MISC, products and
 * works are no name here); an I- tag after another type, or after none, begins a name. A document is
 * a file's document where it marks them, else every {@value #SENTENCES_PER_DOC} sentences; its text is
 * its sentences a blank line apart, each as its {@code # text} comment writes it or its tokens a space apart.
 */
final class NerCorpus {
    /** A document: its id, the analysed document (vectors and sentences) and its gold names. */
    record Doc(String id, Document doc, List<Name> gold) {}

    /** A document before analysis: its text and gold names. */
    record Text(String id, String text, List<Name> gold) {}

    static final int SENTENCES_PER_DOC = 20;
    private static final Pattern INDEX = Pattern.compile("\\d+");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("per", Entity.PERSON), Map.entry("person", Entity.PERSON),
            Map.entry("org", Entity.ORGANIZATION), Map.entry("organization", Entity.ORGANIZATION),
            Map.entry("organisation", Entity.ORGANIZATION), Map.entry("group", Entity.ORGANIZATION),
            Map.entry("corporation", Entity.ORGANIZATION),
            Map.entry("loc", Entity.LOCATION), Map.entry("location", Entity.LOCATION), Map.entry("gpe", Entity.LOCATION));

    private NerCorpus() {}

    /** The documents of {@code file}. */
    static List<Text> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        Builder builder = new Builder(name);
        for (String line : lines) {
            if (line.isBlank()) {
                builder.endSentence();
            } else if (line.startsWith("# newdoc id")) {
                builder.endDoc();
                builder.id = line.substring(line.indexOf('=') + 1).strip();
            } else if (line.startsWith("# text =")) {
                builder.text = line.substring(line.indexOf('=') + 1).strip();
            } else if (line.startsWith("#")) {
                continue;
            } else if (line.startsWith("-DOCSTART-")) {
                builder.endDoc();
            } else {
                String[] fields = line.split(line.indexOf('\t') >= 0 ? "\t" : " ");
                boolean indexed = fields.length >= 3 && INDEX.matcher(fields[0]).matches();
                if (fields.length >= 3 && !indexed && fields[0].matches("\\d+[-.]\\d+")) {
                    continue; // a multiword token's range: its words follow
                }
                if (fields.length < 2) {
                    throw new InvalidInputException(file + ": line '" + line + "' has no tag column");
                }
                builder.token(indexed ? fields[1] : fields[0], indexed ? fields[2] : fields[fields.length - 1]);
            }
        }
        builder.endDoc();
        if (builder.docs.isEmpty()) {
            throw new InvalidInputException(file + ": no tagged tokens");
        }
        return builder.docs;
    }

    /** PERSON, ORGANIZATION or LOCATION for an IOB tag's type, or null for O and other types. */
    static String type(String tag) {
        if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
            return null;
        }
        return TYPES.get(tag.substring(2).toLowerCase(Locale.ROOT));
    }

    private static final class Builder {
        final String file;
        final List<Text> docs = new ArrayList<>();
        String id;
        String text;
        final List<String> tokens = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final StringBuilder docText = new StringBuilder();
        final List<Name> gold = new ArrayList<>();
        int sentences;

        Builder(String file) {
            this.file = file;
        }

        void token(String token, String tag) {
            tokens.add(token);
            tags.add(tag);
        }

        void endSentence() {
            if (tokens.isEmpty()) {
                return;
            }
            if (docText.length() > 0) {
                docText.append("\n\n");
            }
            int offset = docText.length();
            int[] starts = align(text, tokens);
            String sentence = text;
            if (starts == null) {
                sentence = String.join(" ", tokens);
                starts = new int[tokens.size()];
                for (int i = 1; i < tokens.size(); i++) {
                    starts[i] = starts[i - 1] + tokens.get(i - 1).length() + 1;
                }
            }
            docText.append(sentence);
            String open = null;
            int start = 0;
            int end = 0;
            for (int i = 0; i < tokens.size(); i++) {
                String type = type(tags.get(i));
                boolean begin = type != null && (tags.get(i).charAt(0) == 'B' || !type.equals(open));
                if (open != null && (type == null || begin)) {
                    gold.add(new Name(offset + start, offset + end, open));
                    open = null;
                }
                if (type != null && open == null) {
                    open = type;
                    start = starts[i];
                }
                end = starts[i] + tokens.get(i).length();
            }
            if (open != null) {
                gold.add(new Name(offset + start, offset + end, open));
            }
            tokens.clear();
            tags.clear();
            text = null;
            if (++sentences == SENTENCES_PER_DOC && id == null) {
                endDoc();
            }
        }

        void endDoc() {
            endSentence();
            if (docText.length() > 0) {
                docs.add(new Text(id != null ? id : file + "#" + (docs.size() + 1), docText.toString(), List.copyOf(gold)));
            }
            docText.setLength(0);
            gold.clear();
            sentences = 0;
            id = null;
        }

        /** Where each token starts in {@code sentence}, in order with only white space between; null where they are not so. */
        private static int[] align(String sentence, List<String> tokens) {
            if (sentence == null) {
                return null;
            }
            int[] starts = new int[tokens.size()];
            int at = 0;
            for (int i = 0; i < tokens.size(); i++) {
                while (at < sentence.length() && Character.isWhitespace(sentence.charAt(at))) {
                    at++;
                }
                if (!sentence.startsWith(tokens.get(i), at)) {
                    return null;
                }
                starts[i] = at;
                at += tokens.get(i).length();
            }
            return starts;
        }
    }
}
