package org.rhetorica.analysis.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;

/**
 * One name per person or organisation across a corpus. Each document names its entities by their
 * fullest name in that document ({@link Entity#name()}); across documents the same one may go by
 * "Bernie Sanders" here and "Sanders" there. Built from the entity names of every document:
 *
 * <ul>
 *   <li>the user's {@link Aliases} first: an alias is its canonical name;
 *   <li>a person's name joins the fuller names it is part of, ending with the same surname
 *       ("Sanders" and "Bernie Sanders"; "Donald Trump" and "Donald J. Trump"), when one such
 *       group holds at least {@value #DOMINANCE} of the documents of all of them (a lone "Clinton"
 *       stays itself while "Hillary Clinton" and "Bill Clinton" are both frequent);
 *   <li>an acronym joins the one group of names of its type whose initials it is ("UN" and "United
 *       Nations"), and an organisation's name the same name with a corporate suffix ("Acme Corp.");
 *   <li>a group's canonical name is the user's, if they gave one, else the name most documents
 *       use (then the longer, then the first in alphabetical order).
 * </ul>
 *
 * Immutable and thread-safe once built; {@link #apply} gives a document the canonical names. This
 * is the one place that decides names across documents: the corpus page, the index and exports
 * call it.
 *
 * <pre>{@code
 * CanonicalNames.Builder builder = CanonicalNames.builder(Aliases.read(Path.of("aliases.csv")));
 * for (Document doc : corpus) builder.add(doc);
 * CanonicalNames names = builder.build();
 * names.of("Sanders");            // "Bernie Sanders"
 * Document shown = names.apply(doc);
 * }</pre>
 */
public final class CanonicalNames {
    /** The share of documents a group of fuller names must hold for a shorter name to join it. */
    static final double DOMINANCE = 0.8;

    private final Map<String, String> canonical;
    private final Aliases aliases;

    private CanonicalNames(Map<String, String> canonical, Aliases aliases) {
        this.canonical = Map.copyOf(canonical);
        this.aliases = aliases;
    }

    /** The names the user's aliases alone give, for documents seen one at a time. */
    public static CanonicalNames of(Aliases aliases) {
        return new CanonicalNames(Map.of(), aliases);
    }

    public static Builder builder(Aliases aliases) {
        return new Builder(aliases);
    }

    /** The canonical name of {@code name}: itself when nothing says otherwise; null for null. */
    public String of(String name) {
        if (name == null) {
            return null;
        }
        String aliased = aliases.canonical(name).orElse(name);
        return canonical.getOrDefault(aliased, aliased);
    }

    /**
     * The document with canonical names: its entities' names, its quotes' speakers and its technique
     * spans' speakers. Turn and post speakers change only by the user's aliases.
     */
    public Document apply(Document doc) {
        UnaryOperator<String> name = this::of;
        Document result = doc;
        if (doc.has(Entity.LAYER)) {
            result = result.with(Entity.LAYER, doc.layer(Entity.LAYER).stream()
                    .map(e -> new Entity(e.start(), e.end(), e.type(), e.entity(), name.apply(e.name()), e.kind())).toList());
        }
        if (doc.has(Quote.LAYER)) {
            result = result.with(Quote.LAYER, doc.layer(Quote.LAYER).stream()
                    .map(q -> new Quote(q.start(), q.end(), q.kind(), q.cue(), q.speakerMention(), speaker(q.speaker(), q.kind()),
                            q.speakerEntity())).toList());
        }
        if (doc.has(TechniqueSpan.LAYER)) {
            result = result.with(TechniqueSpan.LAYER, doc.layer(TechniqueSpan.LAYER).stream()
                    .map(t -> new TechniqueSpan(t.start(), t.end(), t.technique(), t.score(), name.apply(t.speaker()))).toList());
        }
        return result;
    }

    private String speaker(String speaker, Quote.Kind kind) {
        return kind == Quote.Kind.TURN ? (speaker == null ? null : aliases.canonical(speaker).orElse(speaker)) : of(speaker);
    }

    /** Gathers the names of a corpus, one document at a time. Not thread-safe. */
    public static final class Builder {
        private final Aliases aliases;
        private final Map<String, Map<String, Integer>> types = new HashMap<>();
        private final Map<String, Integer> documents = new HashMap<>();

        private Builder(Aliases aliases) {
            this.aliases = aliases;
        }

        /** Adds the names of a document's entities, each counted once for the document. */
        public Builder add(Document doc) {
            Map<String, String> named = new HashMap<>();
            for (Entity entity : doc.layer(Entity.LAYER)) {
                named.putIfAbsent(entity.name(), entity.type());
            }
            named.forEach((name, type) -> add(name, type, 1));
            return this;
        }

        /** Adds a name of type PERSON, ORGANIZATION or LOCATION used in {@code count} documents. */
        public Builder add(String name, String type, int count) {
            String aliased = aliases.canonical(name).orElse(name);
            documents.merge(aliased, count, Integer::sum);
            types.computeIfAbsent(aliased, n -> new HashMap<>()).merge(type, count, Integer::sum);
            return this;
        }

        public CanonicalNames build() {
            Map<String, String> typeOf = new HashMap<>();
            Map<String, List<String>> wordsOf = new HashMap<>();
            // Names that may join one another share a bucket: a surname, a first word, initials.
            Map<String, List<String>> buckets = new HashMap<>();
            for (String name : documents.keySet()) {
                String type = type(name);
                List<String> words = NameForms.words(name, type);
                typeOf.put(name, type);
                wordsOf.put(name, words);
                if (words.isEmpty()) {
                    continue;
                }
                String acronym = NameForms.acronym(words);
                String key = !acronym.isEmpty() ? "initials " + acronym
                        : Entity.PERSON.equals(type) ? "surname " + EntityWords.lower(words.get(words.size() - 1))
                        : "first " + EntityWords.lower(words.get(0));
                buckets.computeIfAbsent(type + " " + key, k -> new ArrayList<>()).add(name);
                String initials = NameForms.initials(words);
                if (!initials.isEmpty()) {
                    buckets.computeIfAbsent(type + " initials " + initials, k -> new ArrayList<>()).add(name);
                }
            }
            List<String> names = new ArrayList<>(documents.keySet());
            names.sort(Comparator.comparingInt((String n) -> -wordsOf.get(n).size()).thenComparing(Comparator.naturalOrder()));
            Map<String, String> parent = new HashMap<>();
            names.forEach(n -> parent.put(n, n));
            for (String name : names) {
                List<String> words = wordsOf.get(name);
                if (aliases.isApart(name) || words.isEmpty()) {
                    continue;
                }
                String acronym = NameForms.acronym(words);
                String type = typeOf.get(name);
                String key = !acronym.isEmpty() ? "initials " + acronym
                        : Entity.PERSON.equals(type) ? "surname " + EntityWords.lower(words.get(words.size() - 1))
                        : "first " + EntityWords.lower(words.get(0));
                Map<String, Integer> groups = new HashMap<>();
                for (String other : buckets.getOrDefault(type + " " + key, List.of())) {
                    if (!other.equals(name) && !aliases.isApart(other) && joins(type, words, wordsOf.get(other))) {
                        groups.merge(root(parent, other), documents.get(other), Integer::sum);
                    }
                }
                int total = groups.values().stream().mapToInt(Integer::intValue).sum();
                groups.entrySet().stream().filter(g -> g.getValue() >= DOMINANCE * total).findFirst()
                        .ifPresent(g -> parent.put(root(parent, name), g.getKey()));
            }
            Map<String, Set<String>> members = new HashMap<>();
            for (String name : names) {
                members.computeIfAbsent(root(parent, name), r -> new LinkedHashSet<>()).add(name);
            }
            Map<String, String> canonical = new HashMap<>();
            for (Set<String> group : members.values()) {
                String chosen = group.stream().min(Comparator.comparing((String n) -> !aliases.isCanonical(n))
                        .thenComparing(n -> -documents.get(n)).thenComparing(n -> -wordsOf.get(n).size())
                        .thenComparing(Comparator.naturalOrder())).orElseThrow();
                group.forEach(n -> canonical.put(n, chosen));
            }
            return new CanonicalNames(canonical, aliases);
        }

        /** Whether a name of these words may join a group holding {@code other}: its expansion, a fuller form, it with a suffix. */
        private static boolean joins(String type, List<String> words, List<String> other) {
            if (other.isEmpty()) {
                return false;
            }
            String acronym = NameForms.acronym(words);
            if (!acronym.isEmpty()) {
                return acronym.equals(NameForms.initials(other));
            }
            if (other.size() <= words.size()) {
                return false;
            }
            return switch (type) {
                case Entity.PERSON -> NameForms.samePerson(words, other);
                case Entity.ORGANIZATION -> NameForms.sameOrganization(words, other);
                default -> false;
            };
        }

        private String type(String name) {
            return types.get(name).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElseThrow();
        }

        private static String root(Map<String, String> parent, String name) {
            String at = name;
            while (!parent.get(at).equals(at)) {
                at = parent.get(at);
            }
            return at;
        }
    }
}
