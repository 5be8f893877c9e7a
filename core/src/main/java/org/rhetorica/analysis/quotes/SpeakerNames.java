package org.rhetorica.analysis.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.Words.Word;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Sentences;

/**
 * Names the speaker that a mention refers to. Where the document has an entities layer, it decides:
 * the speaker is the person or organisation whose mention overlaps the speaker mention most, with
 * its name and id; "who" is the one mentioned just before its comma; "I" and "we" are whoever
 * speaks the stretch they stand in ({@code voice}); a name the tagger missed (two capitalised words or
 * more that no entity overlaps) and a pronoun the grouping left alone (after a quote of several
 * sentences: their own sentences are no reach here) are named by the light resolution; any other mention (a role no name
 * stands behind, a nationality, a place) names no speaker. Without an
 * entities layer, a light resolution of its own:
 *
 * <ul>
 *   <li>a name loses its titles and article ("Mayor Tomas Berglund" → "Tomas Berglund", "the State
 *       Department" → "State Department") and the words after it ("Aino Rask, who"); a lone surname
 *       becomes the fullest name in the document that ends with it ("Berglund" → "Tomas Berglund");
 *   <li>"he", "she", "they" or "it" is the nearest name before it (and before what it says) in its
 *       sentence and the two sentences before (two capitalised words or more, or a surname of such a
 *       name); "who" is the name just before its comma;
 *   <li>"I" and "we" are whoever speaks the stretch they stand in ({@code voice}), if anyone;
 *   <li>other phrases ("a spokeswoman for the council") are their own words without the article.
 * </ul>
 *
 * One instance per document; not thread-safe.
 */
final class SpeakerNames {
    /** A speaker: a name and the id of its entity, either or both null. */
    record Speaker(String name, String entity) {
        static final Speaker NONE = new Speaker(null, null);
    }

    /** Sentences before the pronoun's own that are searched for its name. */
    private static final int PRONOUN_REACH = 2;

    private final Document doc;
    private final List<Entity> entities;
    private List<Span> names;
    /** The fullest name ending with each surname, made once per document: every pronoun looks here. */
    private Map<String, String> fullestBySurname;

    SpeakerNames(Document doc) {
        this.doc = doc;
        this.entities = doc.layer(Entity.LAYER);
    }

    /**
     * The speaker named by {@code mention} (null for none); {@code voice} is the speaker of the
     * stretch holding it; {@code said} is what the speaker says, or null: a pronoun's name is sought
     * before it, not in it, and the sentences it spans do not count in the reach.
     */
    Speaker resolve(Span mention, String voice, Span said) {
        if (mention == null) {
            return Speaker.NONE;
        }
        if (doc.has(Entity.LAYER)) {
            Entity entity = covering(mention);
            if (entity != null) {
                return new Speaker(entity.name(), entity.entity());
            }
            List<Word> words = Words.of(doc.text(), mention.start(), mention.end());
            if (words.size() == 1 && Words.FIRST_PERSON.contains(words.get(0).lower())) {
                return new Speaker(voice, null);
            }
            Entity antecedent = words.size() == 1 && Words.RELATIVE_PRONOUNS.contains(words.get(0).lower())
                    ? speakerJustBefore(mention.start()) : null;
            if (antecedent != null) {
                return new Speaker(antecedent.name(), antecedent.entity());
            }
            boolean unresolvedPronoun = words.size() == 1 && Words.PERSONAL_PRONOUNS.contains(words.get(0).lower());
            return unresolvedPronoun || missedName(words) ? new Speaker(lightly(mention, voice, said), null) : Speaker.NONE;
        }
        return new Speaker(lightly(mention, voice, said), null);
    }

    /** The speaker's name by the light resolution, used where there is no entities layer. */
    private String lightly(Span mention, String voice, Span said) {
        List<Word> words = Words.of(doc.text(), mention.start(), mention.end());
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            String lower = words.get(0).lower();
            if (Words.FIRST_PERSON.contains(lower)) {
                return voice;
            }
            if (Words.RELATIVE_PRONOUNS.contains(lower)) {
                Span antecedent = nameBefore(mention.start(), true, null);
                return antecedent == null ? null : lightly(antecedent, voice, null);
            }
            if (Words.PERSONAL_PRONOUNS.contains(lower)) {
                Span antecedent = nameBefore(mention.start(), false, said);
                return antecedent == null ? null : lightly(antecedent, voice, null);
            }
        }
        List<Word> name = leadingName(clean(words));
        if (name.isEmpty()) {
            return null;
        }
        if (name.size() == 1 && name.get(0).isCapitalised()) {
            String full = fullerName(name.get(0).text());
            if (full != null) {
                return full;
            }
        }
        return doc.text().substring(name.get(0).start(), name.get(name.size() - 1).end());
    }

    /** The person or organisation whose mention ends just before {@code offset}, but for a comma ("Holm, who"), or null. */
    private Entity speakerJustBefore(int offset) {
        Entity best = null;
        for (Entity entity : entities) {
            if (entity.end() > offset) {
                break;
            }
            String between = doc.text().substring(entity.end(), offset).strip();
            if (entity.canSpeak() && (between.isEmpty() || between.equals(","))) {
                best = entity;
            }
        }
        return best;
    }

    /**
     * Whether the mention is a name the entity tagger missed or mistyped: without article and titles it
     * is two capitalised words or more ("the Brennvik Water Board"; not "a Norwegian official") and its
     * last word, its head, is no entity's (not "Wall Around Haiti"), or a place's that is an
     * organisation noun ("Board": frozen vectors often take a place's name at the start for the
     * whole). The light resolution names those, as it did before the entities layer.
     */
    private boolean missedName(List<Word> words) {
        List<Word> name = clean(words);
        if (name.size() < 2 || !name.stream().allMatch(Word::isCapitalised)) {
            return false;
        }
        Word head = name.get(name.size() - 1);
        return entities.stream().noneMatch(entity -> entity.start() < head.end() && head.start() < entity.end()
                && !(Entity.LOCATION.equals(entity.type()) && Entity.isOrganisationNoun(head.text())));
    }

    /** The person or organisation overlapping the mention most, or null. */
    private Entity covering(Span mention) {
        Entity best = null;
        int bestOverlap = 0;
        for (Entity entity : entities) {
            if (entity.start() >= mention.end()) {
                break;
            }
            int overlap = Math.min(entity.end(), mention.end()) - Math.max(entity.start(), mention.start());
            if (entity.canSpeak() && overlap > bestOverlap) {
                best = entity;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** The words without leading articles and titles, nor a trailing possessive or punctuation. */
    private static List<Word> clean(List<Word> words) {
        int from = 0;
        int to = words.size();
        while (from < to && (Words.TITLES.contains(words.get(from).lower()) || words.get(from).isPunctuation()
                || (Words.DETERMINERS.contains(words.get(from).lower()) && from + 1 < to))) {
            from++;
        }
        while (to > from && words.get(to - 1).isPunctuation()) {
            to--;
        }
        return words.subList(from, to);
    }

    /** The words up to the end of the name they open, if they open one ("Aino Rask, who voted" → "Aino Rask"). */
    private List<Word> leadingName(List<Word> words) {
        if (words.size() < 2 || !words.get(0).isCapitalised()) {
            return words;
        }
        for (Span name : names()) {
            if (name.start() > words.get(0).start()) {
                break;
            }
            if (name.start() == words.get(0).start()) {
                int end = 1;
                while (end < words.size() && words.get(end).end() <= name.end()) {
                    end++;
                }
                return words.subList(0, end);
            }
        }
        return words;
    }

    /** The longest name of two or more words in the document whose last word is {@code surname}. */
    private String fullerName(String surname) {
        if (fullestBySurname == null) {
            fullestBySurname = new HashMap<>();
            for (Span name : names()) {
                List<Word> words = clean(Words.of(doc.text(), name.start(), name.end()));
                if (words.size() >= 2) {
                    String full = doc.text().substring(words.get(0).start(), words.get(words.size() - 1).end());
                    fullestBySurname.merge(words.get(words.size() - 1).text(), full,
                            (kept, other) -> other.length() > kept.length() ? other : kept);
                }
            }
        }
        return fullestBySurname.get(surname);
    }

    /**
     * The nearest name ending before {@code offset}: for a relative pronoun, the one right before
     * its comma; otherwise the nearest that looks like a person's or organisation's name, in the same
     * sentence or the {@value #PRONOUN_REACH} before it, counted from {@code said} where that comes
     * first ("“…. …. ….” he said": the quote's own sentences are no reach) and never inside it.
     */
    private Span nameBefore(int offset, boolean adjacent, Span said) {
        int from = reachStart(said == null ? offset : Math.min(offset, said.start()));
        Span nearest = null;
        for (Span name : names()) {
            if (name.end() > offset) {
                break;
            }
            if (name.start() >= from && (said == null || !said.overlaps(name)) && (adjacent || looksLikeName(name))) {
                nearest = name;
            }
        }
        if (nearest == null || !adjacent) {
            return nearest;
        }
        String between = doc.text().substring(nearest.end(), offset).strip();
        return between.isEmpty() || between.equals(",") ? nearest : null;
    }

    /**
     * Whether a run of capitalised words is likely someone's name: two words or more, or one word
     * that ends a longer name somewhere in the document ("Berglund"); a lone "May" or "Elling" is not.
     */
    private boolean looksLikeName(Span name) {
        String text = doc.text(name);
        if (text.indexOf(' ') >= 0) {
            return true;
        }
        return fullerName(text) != null;
    }

    /** Start of the sentence {@value #PRONOUN_REACH} before the one holding {@code offset}. */
    private int reachStart(int offset) {
        List<Span> sentences = doc.layer(Sentences.LAYER);
        int holding = -1;
        for (int i = 0; i < sentences.size() && sentences.get(i).start() <= offset; i++) {
            holding = i;
        }
        if (holding < 0) {
            return Math.max(0, offset - 400);
        }
        return sentences.get(Math.max(0, holding - PRONOUN_REACH)).start();
    }

    /**
     * Names in the document: runs of capitalised words, without one at a sentence's start that
     * stands alone (a capital there says nothing), nor pronouns and calendar words.
     */
    private List<Span> names() {
        if (names == null) {
            names = new ArrayList<>();
            List<Word> words = Words.of(doc.text(), 0, doc.text().length());
            int i = 0;
            while (i < words.size()) {
                if (!isNameWord(words.get(i))) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < words.size() && (isNameWord(words.get(end))
                        || (Words.NAME_PARTICLES.contains(words.get(end).text()) && end + 1 < words.size()
                                && isNameWord(words.get(end + 1))))) {
                    end++;
                }
                List<Word> run = clean(words.subList(i, end));
                boolean sentenceStart = i == 0 || startsSentence(words.get(i - 1));
                if (!run.isEmpty() && (run.size() >= 2 || !sentenceStart || run.get(0) != words.get(i))) {
                    names.add(new Span(run.get(0).start(), run.get(run.size() - 1).end()));
                }
                i = end;
            }
        }
        return names;
    }

    private static boolean startsSentence(Word previous) {
        String text = previous.text();
        return text.equals(".") || text.equals("!") || text.equals("?") || text.equals("\"") || text.equals("\u201C")
                || text.equals(":") || text.equals("\u2014");
    }

    private static boolean isNameWord(Word word) {
        String lower = word.lower();
        return !word.isPunctuation() && word.isCapitalised() && !Words.isPronoun(lower)
                && !Words.CALENDAR.contains(lower) && !Words.DETERMINERS.contains(lower)
                && !lower.equals("according");
    }
}
