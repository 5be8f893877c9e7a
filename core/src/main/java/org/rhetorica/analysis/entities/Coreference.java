package org.rhetorica.analysis.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhetorica.analysis.entities.EntityWords.Gender;
import org.rhetorica.analysis.quotes.Words;
import org.rhetorica.analysis.quotes.Words.Word;
import org.rhetorica.doc.Span;
import org.rhetorica.doc.Spanned;

/**
 * Groups the mentions of a document into entities, in passes from the surest to the least sure, as
 * deterministic coreference systems do (Lee et al., 2013):
 *
 * <ol>
 *   <li>Names join an earlier entity whose name they repeat, shorten or lengthen (without titles:
 *       "Sen. Bernie Sanders", "Bernie Sanders", "Sanders"; the latest such entity when two share a
 *       surname), or spell out or abbreviate ("United Nations", "UN", and an acronym given in
 *       brackets after a name).
 *   <li>Roles are learned from the text: the titles before a person's name ("Pakistani Prime
 *       Minister Imran Khan") and appositions after it ("Imran Khan, the prime minister,").
 *   <li>A phrase like "the prime minister" is the latest person holding that role; "the party" the
 *       latest organisation whose name holds "party" (or, within {@link Settings#nominalReach}
 *       sentences, the latest organisation at all: "the company"); "the country" likewise for places.
 *   <li>A third-person pronoun is the most salient compatible entity in its sentence and the
 *       {@link Settings#pronounReach} before it: "he" and "she" a person of that gender or of none
 *       known, "it" and "they" an organisation (and "it" a place). Salience halves with each
 *       sentence back and is higher for a sentence's first mention, its likely subject.
 * </ol>
 *
 * Only entities named at least once in the document are kept: a role or pronoun no name stands
 * behind is no entity of the layer. Stateless; thread-safe.
 */
public final class Coreference {
    /** A name found by the entity tagger, of type PERSON, ORGANIZATION or LOCATION. */
    public record Name(int start, int end, String type) implements Spanned {}

    /**
     * The constants of the passes, chosen on GUM's 27 training documents ({@code eval coref --grid});
     * the subject bonus is kept at 0.5 where none scored 0.003 B³ higher there, as a sentence's
     * subject is the likelier antecedent in news.
     *
     * @param pronounReach sentences before a pronoun's own where its entity may be mentioned
     * @param decay salience kept per sentence back
     * @param subjectBonus salience added to a sentence's first mention
     * @param nominalReach sentences before an organisation or place phrase ("the company") where its
     *     entity may be when its name does not hold the phrase's noun; negative: never
     * @param neuter whether "it" and "its" refer to organisations and places
     * @param plural whether "they" and "their" refer to organisations
     */
    public record Settings(int pronounReach, double decay, double subjectBonus, int nominalReach, boolean neuter,
            boolean plural) {
        public static final Settings DEFAULT = new Settings(2, 0.5, 0.5, 1, true, true);
    }

    private final Settings settings;

    public Coreference(Settings settings) {
        this.settings = settings;
    }

    /** The entity mentions of {@code text}, in text order, from the tagger's {@code names} and the text's {@code sentences}. */
    public List<Entity> group(String text, List<Span> sentences, List<Name> names) {
        return new Grouping(text, sentences, names).run();
    }

    /** One mention while grouping. */
    private static final class Mention {
        /** The mention's characters: a name as tagged, else its words. */
        final int start;
        final int end;
        final int first;
        final int last;
        final Entity.Kind kind;
        final String type;
        /** A name's words without titles; a nominal's head noun; a pronoun in lower case. */
        final List<String> words;
        /** The words as two spellings of a name share them ({@link NameForms#key}). */
        final String key;
        Cluster cluster;

        Mention(int start, int end, int first, int last, Entity.Kind kind, String type, List<String> words) {
            this.start = start;
            this.end = end;
            this.first = first;
            this.last = last;
            this.kind = kind;
            this.type = type;
            this.words = words;
            this.key = NameForms.key(words);
        }
    }

    /** An entity while grouping. */
    private static final class Cluster {
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Integer> types = new LinkedHashMap<>();
        final Set<String> keys = new HashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> acronyms = new LinkedHashSet<>();
        final Map<Gender, Integer> genders = new HashMap<>();
        List<String> fullest = List.of();
        /** The most frequent type of its names, the fullest name's initials and acronym: kept as names join. */
        String type;
        String initials = "";
        String acronym = "";

        void add(Mention mention) {
            mentions.add(mention);
            mention.cluster = this;
            if (mention.kind == Entity.Kind.NAME) {
                types.merge(mention.type, 1, Integer::sum);
                type = types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
                keys.add(mention.key);
                if (mention.words.size() > fullest.size()) {
                    fullest = mention.words;
                    initials = NameForms.initials(fullest);
                    acronym = NameForms.acronym(fullest);
                }
            }
        }

        String type() {
            return type;
        }

        boolean hasType(String type) {
            return types.containsKey(type);
        }

        Gender gender() {
            int male = genders.getOrDefault(Gender.MALE, 0);
            int female = genders.getOrDefault(Gender.FEMALE, 0);
            return male > female ? Gender.MALE : female > male ? Gender.FEMALE : null;
        }

        int lastWord() {
            return mentions.get(mentions.size() - 1).last;
        }
    }

    /** The work on one document. */
    private final class Grouping {
        private final String text;
        private final List<Word> words;
        private final int[] sentenceOf;
        private final List<Name> names;
        private final List<Cluster> clusters = new ArrayList<>();
        /** Every mention made so far. */
        private final List<Mention> mentions = new ArrayList<>();
        /** The first word of the first mention of each sentence. */
        private final Map<Integer, Integer> firstInSentence = new HashMap<>();
        /** Salience kept at each distance in sentences. */
        private final double[] decay = new double[settings.pronounReach() + 1];

        Grouping(String text, List<Span> sentences, List<Name> names) {
            this.text = text;
            this.words = Words.of(text, 0, text.length());
            this.names = names.stream().sorted(Comparator.comparingInt(Name::start).thenComparingInt(Name::end)).toList();
            this.sentenceOf = new int[words.size()];
            for (int d = 0; d < decay.length; d++) {
                decay[d] = Math.pow(settings.decay(), d);
            }
            int s = 0;
            for (int w = 0; w < words.size(); w++) {
                while (s + 1 < sentences.size() && sentences.get(s + 1).start() <= words.get(w).start()) {
                    s++;
                }
                sentenceOf[w] = s;
            }
        }

        List<Entity> run() {
            if (words.isEmpty()) {
                return List.of();
            }
            List<Mention> nameMentions = nameMentions();
            for (Mention name : nameMentions) {
                Cluster cluster = matchingName(name);
                if (cluster == null) {
                    cluster = new Cluster();
                    clusters.add(cluster);
                }
                cluster.add(name);
                learnAcronym(name);
                learnRoles(name);
            }
            mentions.addAll(nameMentions);
            List<Mention> others = otherMentions(nameMentions);
            for (Mention mention : nameMentions) {
                firstInSentence.merge(sentenceOf[mention.first], mention.first, Math::min);
            }
            for (Mention mention : others) {
                firstInSentence.merge(sentenceOf[mention.first], mention.first, Math::min);
            }
            for (Mention mention : others) {
                Cluster cluster = mention.kind == Entity.Kind.PRONOUN ? pronounEntity(mention) : nominalEntity(mention);
                if (cluster != null) {
                    cluster.add(mention);
                    Gender gender = EntityWords.pronounGender(mention.words.get(0));
                    if (gender != null) {
                        cluster.genders.merge(gender, 1, Integer::sum);
                    }
                }
                mentions.add(mention);
            }
            return entities();
        }

        /** The tagger's names as mentions; names with nothing left but titles are dropped. */
        private List<Mention> nameMentions() {
            List<Mention> result = new ArrayList<>();
            for (Name name : names) {
                int first = wordAt(name.start());
                int last = wordBefore(name.end());
                if (first < 0 || last < first) {
                    continue;
                }
                List<String> form = NameForms.words(text.substring(name.start(), name.end()), name.type());
                if (form.isEmpty() || (form.size() == 1 && EntityWords.isTitle(form.get(0)))) {
                    continue;
                }
                result.add(new Mention(name.start(), name.end(), first, last, Entity.Kind.NAME, name.type(), form));
            }
            return result;
        }

        /** The entity an earlier name names that this one names too, or null. */
        private Cluster matchingName(Mention name) {
            String acronym = NameForms.acronym(name.words);
            String initials = NameForms.initials(name.words);
            Cluster best = null;
            for (Cluster cluster : clusters) {
                if (matches(cluster, name, acronym, initials) && (best == null || cluster.lastWord() > best.lastWord())) {
                    best = cluster;
                }
            }
            return best;
        }

        private boolean matches(Cluster cluster, Mention name, String acronym, String initials) {
            if (cluster.keys.contains(name.key)) {
                return true;
            }
            String type = cluster.type();
            if (!name.type.equals(type)) {
                return false;
            }
            if (!acronym.isEmpty() && (cluster.acronyms.contains(acronym) || cluster.initials.equals(acronym))) {
                return true;
            }
            if (!cluster.acronym.isEmpty() && initials.equals(cluster.acronym)) {
                return true;
            }
            return switch (type) {
                case Entity.PERSON -> NameForms.samePerson(cluster.fullest, name.words);
                case Entity.ORGANIZATION -> NameForms.sameOrganization(cluster.fullest, name.words);
                default -> false;
            };
        }

        /** An acronym given in brackets right after a name: "Pakistan Tehreek-e-Insaf (PTI)". */
        private void learnAcronym(Mention name) {
            int open = name.last + 1;
            if (open + 2 < words.size() && words.get(open).text().equals("(") && words.get(open + 2).text().equals(")")) {
                String acronym = NameForms.acronym(List.of(words.get(open + 1).text()));
                if (!acronym.isEmpty()) {
                    name.cluster.acronyms.add(acronym);
                }
            }
        }

        /**
         * Roles and gender from the words around a person's name: titles right before it, in the
         * tagged span or just outside ("Prime Minister Imran Khan", "Mrs. Holm", "her brother Olav"), and an
         * apposition after it ("Imran Khan, the prime minister,"; "Acme, a software company,").
         */
        private void learnRoles(Mention name) {
            Cluster cluster = name.cluster;
            for (int w = name.first; w <= name.last; w++) {
                learnRole(cluster, words.get(w).text());
            }
            for (int w = name.first - 1; w >= 0 && sentenceOf[w] == sentenceOf[name.first]; w--) {
                String word = words.get(w).text();
                if (!EntityWords.isTitle(word) && EntityWords.gender(word) == null) {
                    break;
                }
                learnRole(cluster, word);
            }
            int comma = name.last + 1;
            if (comma < words.size() && words.get(comma).text().equals(",")) {
                for (int w = comma + 1; w < Math.min(words.size(), comma + 9); w++) {
                    Word word = words.get(w);
                    if (word.isPunctuation() || sentenceOf[w] != sentenceOf[name.last]) {
                        break;
                    }
                    if (EntityWords.nounType(word.lower()) != null || EntityWords.gender(word.text()) != null) {
                        learnRole(cluster, word.text());
                    }
                    if (word.lower().equals("of") || word.lower().equals("for") || word.lower().equals("at")) {
                        break;
                    }
                }
            }
        }

        private void learnRole(Cluster cluster, String word) {
            if (Character.isLetter(word.charAt(0)) && (EntityWords.isTitle(word) || EntityWords.nounType(lower(word)) != null)) {
                cluster.roles.add(EntityWords.role(word));
            }
            Gender gender = EntityWords.gender(word);
            if (gender != null) {
                cluster.genders.merge(gender, 2, Integer::sum);
            }
        }

        /**
         * Phrases naming an entity by a common noun ("the Pakistani prime minister", "the party")
         * and third-person pronouns, outside the names, in text order.
         */
        private List<Mention> otherMentions(List<Mention> nameMentions) {
            boolean[] inName = new boolean[words.size()];
            for (Mention name : nameMentions) {
                for (int w = name.first; w <= name.last; w++) {
                    inName[w] = true;
                }
            }
            List<Mention> result = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) {
                if (inName[w]) {
                    continue;
                }
                Word word = words.get(w);
                String lower = word.lower();
                // "IT" and "HIS" in capitals are acronyms more often than pronouns.
                if (EntityWords.isThirdPersonPronoun(lower) && (word.text().length() == 1 || !word.text().equals(word.text().toUpperCase(java.util.Locale.ROOT)))) {
                    result.add(new Mention(word.start(), word.end(), w, w, Entity.Kind.PRONOUN, null, List.of(lower)));
                } else if (lower.equals("the") || lower.equals("this") || lower.equals("that")) {
                    Mention nominal = nominalAt(w, inName);
                    if (nominal != null) {
                        result.add(nominal);
                        w = nominal.last;
                    }
                }
            }
            return result;
        }

        /**
         * The phrase opening with "the", "this" or "that" at word {@code at}: up to four words ending in a noun of a
         * role, organisation or place, none of them in a name or punctuation; the last such noun
         * is its head when no other follows it ("the party leader" is a person).
         */
        private Mention nominalAt(int at, boolean[] inName) {
            int head = -1;
            for (int w = at + 1; w < Math.min(words.size(), at + 6); w++) {
                Word word = words.get(w);
                if (word.isPunctuation() || Words.BREAKS.contains(word.lower()) || sentenceOf[w] != sentenceOf[at]) {
                    break;
                }
                if (!inName[w] && EntityWords.nounType(word.lower()) != null && Character.isLowerCase(word.text().charAt(0))) {
                    head = w;
                }
            }
            if (head < 0) {
                return null;
            }
            String noun = words.get(head).lower();
            return new Mention(words.get(at).start(), words.get(head).end(), at, head, Entity.Kind.NOMINAL,
                    EntityWords.nounType(noun), List.of(noun));
        }

        /**
         * The entity of a common-noun phrase: a person holding its role; an organisation or place
         * whose name holds its noun, else the latest within {@link Settings#nominalReach} sentences.
         */
        private Cluster nominalEntity(Mention nominal) {
            String noun = nominal.words.get(0);
            Cluster named = null;
            Cluster near = null;
            for (Cluster cluster : clusters) {
                int lastBefore = lastWordBefore(cluster, nominal.first);
                if (lastBefore < 0 || !cluster.hasType(nominal.type)) {
                    continue;
                }
                boolean holds = cluster.roles.contains(noun)
                        || cluster.fullest.stream().anyMatch(word -> lower(word).equals(noun));
                if (holds && (named == null || lastBefore > lastWordBefore(named, nominal.first))) {
                    named = cluster;
                }
                if (!Entity.PERSON.equals(nominal.type) && settings.nominalReach() >= 0
                        && sentenceOf[nominal.first] - sentenceOf[lastBefore] <= settings.nominalReach()
                        && (near == null || lastBefore > lastWordBefore(near, nominal.first))) {
                    near = cluster;
                }
            }
            return named != null ? named : near;
        }

        /** The most salient entity a pronoun can refer to, or null. */
        private Cluster pronounEntity(Mention pronoun) {
            String lower = pronoun.words.get(0);
            Gender gender = EntityWords.pronounGender(lower);
            Set<String> types = gender != null ? Set.of(Entity.PERSON)
                    : EntityWords.NEUTER_PRONOUNS.contains(lower) ? (settings.neuter() ? Set.of(Entity.ORGANIZATION, Entity.LOCATION) : Set.of())
                    : settings.plural() ? Set.of(Entity.ORGANIZATION) : Set.of();
            int sentence = sentenceOf[pronoun.first];
            Cluster best = null;
            double bestSalience = 0;
            for (Cluster cluster : clusters) {
                String type = cluster.type();
                if (type == null || !types.contains(type) || (gender != null && cluster.gender() != null && cluster.gender() != gender)) {
                    continue;
                }
                double salience = 0;
                for (Mention mention : cluster.mentions) {
                    int distance = sentence - sentenceOf[mention.first];
                    if (mention.last >= pronoun.first || distance > settings.pronounReach()) {
                        continue;
                    }
                    double weight = decay[distance] * (1 + (opensSentence(mention) ? settings.subjectBonus() : 0));
                    salience = Math.max(salience, weight);
                }
                if (salience > bestSalience || (salience > 0 && salience == bestSalience && cluster.lastWord() > best.lastWord())) {
                    best = cluster;
                    bestSalience = salience;
                }
            }
            return best;
        }

        /** Whether no other mention comes before this one in its sentence. */
        private boolean opensSentence(Mention mention) {
            return firstInSentence.get(sentenceOf[mention.first]) == mention.first;
        }

        private int lastWordBefore(Cluster cluster, int word) {
            int last = -1;
            for (Mention mention : cluster.mentions) {
                if (mention.last < word) {
                    last = Math.max(last, mention.last);
                }
            }
            return last;
        }

        /** The layer: mentions of named entities, ids in order of first mention. */
        private List<Entity> entities() {
            Map<Cluster, String> ids = new HashMap<>();
            List<Mention> kept = new ArrayList<>();
            for (Mention mention : mentions) {
                if (mention.cluster != null && !mention.cluster.types.isEmpty()) {
                    kept.add(mention);
                }
            }
            kept.sort(Comparator.comparingInt((Mention m) -> m.start).thenComparingInt(m -> m.end));
            List<Entity> entities = new ArrayList<>();
            for (Mention mention : kept) {
                Cluster cluster = mention.cluster;
                String id = ids.computeIfAbsent(cluster, c -> "e" + (ids.size() + 1));
                entities.add(new Entity(mention.start, mention.end, cluster.type(), id, String.join(" ", cluster.fullest),
                        mention.kind));
            }
            return entities;
        }

        /** The first word ending after {@code offset}, or -1. */
        private int wordAt(int offset) {
            int low = 0;
            int high = words.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (words.get(middle).end() > offset) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low < words.size() ? low : -1;
        }

        /** The last word starting before {@code offset}, or -1. */
        private int wordBefore(int offset) {
            int low = 0;
            int high = words.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (words.get(middle).start() < offset) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low - 1;
        }
    }

    private static String lower(String word) {
        return EntityWords.lower(word);
    }
}
