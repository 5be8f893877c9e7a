package org.rhetorica.train.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.doc.Span;
import org.rhetorica.io.InvalidInputException;

/**
 * GUM's coreference documents ({@code conll/*.conll} with their mentions and chains, {@code tsv/*.tsv}
 * for the sentences), each made into a text of its tokens: a space between tokens, a line break
 * between sentences.
 */
final class GumCorpus {
    /** A gold mention: its tokens {@code [first, last]}, characters, GUM's type and chain. */
    record Mention(int first, int last, Span span, String type, int chain) {}

    /** A document: its text, tokens' and sentences' characters, and its mentions in order of their first token. */
    record Doc(String id, String text, List<Span> tokens, List<Span> sentences, List<Mention> mentions) {}

    /** GUM's types and the entity types they are. */
    static final Map<String, String> TYPES = Map.of("person", Entity.PERSON, "organization", Entity.ORGANIZATION,
            "place", Entity.LOCATION);

    private GumCorpus() {}

    /** Every document of the corpus folder (holding conll/ and tsv/), in name order. */
    static List<Doc> read(Path corpus) {
        Path conll = corpus.resolve("conll");
        if (!Files.isDirectory(conll)) {
            throw new InvalidInputException(corpus + ": no conll/ folder; expected GUM's coreference folder");
        }
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(conll)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".conll")).sorted().toList()) {
                String id = file.getFileName().toString().replace(".conll", "");
                docs.add(read(id, Files.readAllLines(file, StandardCharsets.UTF_8),
                        Files.readAllLines(corpus.resolve("tsv").resolve(id + ".tsv"), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(corpus + ": " + e.getMessage(), e);
        }
        return docs;
    }

    static Doc read(String id, List<String> conllLines, List<String> tsvLines) {
        List<String> tokens = new ArrayList<>();
        List<String> brackets = new ArrayList<>();
        for (String line : conllLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            tokens.add(cells[1]);
            brackets.add(cells.length > 2 ? cells[2] : "_");
        }
        List<Integer> sentenceOfToken = new ArrayList<>();
        for (String line : tsvLines) {
            if (!line.isBlank() && !line.startsWith("#") && Character.isDigit(line.charAt(0))) {
                sentenceOfToken.add(Integer.parseInt(line.substring(0, line.indexOf('-'))));
            }
        }
        if (sentenceOfToken.size() != tokens.size()) {
            throw new InvalidInputException(id + ": " + tokens.size() + " tokens in the conll file, " + sentenceOfToken.size() + " in the tsv file");
        }
        StringBuilder text = new StringBuilder();
        List<Span> tokenSpans = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        int sentenceStart = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (t > 0) {
                boolean newSentence = !sentenceOfToken.get(t).equals(sentenceOfToken.get(t - 1));
                if (newSentence) {
                    sentences.add(new Span(sentenceStart, text.length()));
                }
                text.append(newSentence ? '\n' : ' ');
                if (newSentence) {
                    sentenceStart = text.length();
                }
            }
            tokenSpans.add(new Span(text.length(), text.length() + tokens.get(t).length()));
            text.append(tokens.get(t));
        }
        sentences.add(new Span(sentenceStart, text.length()));
        return new Doc(id, text.toString(), tokenSpans, sentences, mentions(id, brackets, tokenSpans));
    }

    /** The mentions of a document from its bracket column: "(type-chain[-identity]" opens, "type-chain...)" closes. */
    private static List<Mention> mentions(String id, List<String> brackets, List<Span> tokens) {
        List<Mention> mentions = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();
        Deque<String> openTypes = new ArrayDeque<>();
        for (int t = 0; t < brackets.size(); t++) {
            String cell = brackets.get(t);
            if (cell.equals("_")) {
                continue;
            }
            int i = 0;
            while (i < cell.length()) {
                boolean opens = cell.charAt(i) == '(';
                int from = opens ? i + 1 : i;
                int end = from;
                while (end < cell.length() && cell.charAt(end) != '(' && cell.charAt(end) != ')') {
                    end++;
                }
                String[] label = cell.substring(from, end).split("-", 3);
                String type = label[0];
                int chain = Integer.parseInt(label[1]);
                boolean closes = end < cell.length() && cell.charAt(end) == ')';
                if (opens && closes) {
                    mentions.add(new Mention(t, t, tokens.get(t), type, chain));
                } else if (opens) {
                    open.push(new int[] {t, chain});
                    openTypes.push(type);
                } else {
                    closeMatching(id, open, openTypes, chain, t, tokens, mentions);
                }
                i = closes ? end + 1 : end;
            }
        }
        if (!open.isEmpty()) {
            throw new InvalidInputException(id + ": " + open.size() + " mentions never closed");
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::first).thenComparing(m -> -m.last()));
        return mentions;
    }

    private static void closeMatching(String id, Deque<int[]> open, Deque<String> openTypes, int chain, int t, List<Span> tokens,
            List<Mention> mentions) {
        List<int[]> skipped = new ArrayList<>();
        List<String> skippedTypes = new ArrayList<>();
        while (!open.isEmpty() && open.peek()[1] != chain) {
            skipped.add(open.pop());
            skippedTypes.add(openTypes.pop());
        }
        if (open.isEmpty()) {
            throw new InvalidInputException(id + ": token " + t + " closes chain " + chain + ", which is not open");
        }
        int[] opened = open.pop();
        String type = openTypes.pop();
        mentions.add(new Mention(opened[0], t, new Span(tokens.get(opened[0]).start(), tokens.get(t).end()), type, chain));
        for (int i = skipped.size() - 1; i >= 0; i--) {
            open.push(skipped.get(i));
            openTypes.push(skippedTypes.get(i));
        }
    }

    /** First- and second-person pronouns: the entities layer leaves them to the quotes layer's voices. */
    static final Set<String> SPEAKER_PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves", "you", "your", "yours", "yourself", "yourselves");

    /** Lower-case words a name may hold besides capitalised ones ("Daughters of the American Revolution"). */
    private static final Set<String> NAME_LINKS = Set.of("of", "the", "and", "for", "de", "van", "von", "on", "in", "at",
            "'s", "’s", "'", "&", "-", ".");

    /**
     * Whether a gold mention is a name: its first token capitalised and every other capitalised or a
     * linking word, not a pronoun, and not titles alone ("The President").
     */
    static boolean isName(Doc doc, Mention mention) {
        return isName(doc, mention.first(), mention.last());
    }

    /** Whether tokens {@code [first, last]} are a name, by the rule of {@link #isName(Doc, Mention)}. */
    static boolean isName(Doc doc, int first, int last) {
        Mention mention = new Mention(first, last, null, null, 0);
        boolean sawName = false;
        for (int t = mention.first(); t <= mention.last(); t++) {
            String token = doc.text().substring(doc.tokens().get(t).start(), doc.tokens().get(t).end());
            String lower = token.toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0));
            if (t == mention.first() && lower.equals("the")) {
                continue;
            }
            if (!capitalised && !NAME_LINKS.contains(lower)) {
                return false;
            }
            boolean pronoun = SPEAKER_PRONOUNS.contains(lower) && !token.equals(token.toUpperCase(Locale.ROOT)) || token.equals("I");
            if (capitalised && !pronoun && !org.rhetorica.analysis.quotes.Words.TITLES.contains(lower)
                    && !lower.equals("prime") && !lower.equals("minister")) {
                sawName = true;
            }
        }
        return sawName;
    }
}
