package org.rhetorica.train.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rhetorica.analysis.entities.Coreference;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.train.entities.GumCorpus.Doc;
import org.rhetorica.train.entities.GumCorpus.Mention;

/**
 * Scores the entities layer's grouping against GUM's chains, over what the layer is for: the key
 * holds every mention of each person, organisation and place GUM's mentions name at least once
 * (singletons too), less first- and second-person pronouns (the quotes layer gives those their
 * speaker). A system mention matches the smallest gold mention holding it (of the key, between two of one size), one to one ("Donald
 * Trump" matches GUM's "U.S. President Donald Trump 's"); one that matches a mention outside the
 * key (another type, "I") is left out of the score, one that matches none counts against precision.
 */
final class CorefEvaluation {
    private CorefEvaluation() {}

    /**
     * The tagged names GUM gives: its name mentions of the key's entities, typed as the layer types
     * them, and the names of two words or more that end a person's other mentions.
     */
    static List<Coreference.Name> goldNames(Doc doc) {
        Set<Integer> chains = keyChains(doc);
        List<Coreference.Name> names = new ArrayList<>();
        for (Mention mention : doc.mentions()) {
            if (!chains.contains(mention.chain())) {
                continue;
            }
            String type = GumCorpus.TYPES.get(mention.type());
            if (GumCorpus.isName(doc, mention)) {
                names.add(new Coreference.Name(mention.span().start(), mention.span().end(), type));
            } else if (Entity.PERSON.equals(type)) {
                // "actor Dennis Hopper": a tagger finds the name at the end of the phrase.
                int first = mention.last();
                while (first > mention.first() && GumCorpus.isName(doc, first - 1, mention.last())) {
                    first--;
                }
                if (first > mention.first() && first < mention.last() && GumCorpus.isName(doc, first, mention.last())) {
                    names.add(new Coreference.Name(doc.tokens().get(first).start(), mention.span().end(), type));
                }
            }
        }
        return names;
    }

    /** Chains of a person, organisation or place named at least once. */
    static Set<Integer> keyChains(Doc doc) {
        Set<Integer> chains = new HashSet<>();
        for (Mention mention : doc.mentions()) {
            if (GumCorpus.TYPES.containsKey(mention.type()) && GumCorpus.isName(doc, mention)) {
                chains.add(mention.chain());
            }
        }
        return chains;
    }

    static CorefScorer.Score score(Doc doc, List<Entity> system) {
        Set<Integer> chains = keyChains(doc);
        List<Mention> gold = doc.mentions();
        boolean[] inKey = new boolean[gold.size()];
        Map<Integer, Set<Integer>> key = new LinkedHashMap<>();
        for (int g = 0; g < gold.size(); g++) {
            Mention mention = gold.get(g);
            String words = doc.text().substring(mention.span().start(), mention.span().end()).toLowerCase(Locale.ROOT);
            inKey[g] = chains.contains(mention.chain()) && !GumCorpus.SPEAKER_PRONOUNS.contains(words);
            if (inKey[g]) {
                key.computeIfAbsent(mention.chain(), c -> new HashSet<>()).add(g);
            }
        }
        boolean[] taken = new boolean[gold.size()];
        Map<String, Set<Integer>> response = new LinkedHashMap<>();
        int twinless = 0;
        for (Entity entity : system) {
            int match = -1;
            for (int g = 0; g < gold.size(); g++) {
                Mention mention = gold.get(g);
                if (!taken[g] && mention.span().start() <= entity.start() && entity.end() <= mention.span().end()
                        && (match < 0 || mention.span().length() < gold.get(match).span().length()
                                || (mention.span().length() == gold.get(match).span().length() && inKey[g] && !inKey[match]))) {
                    match = g;
                }
            }
            if (match >= 0 && !inKey[match]) {
                continue;
            }
            int id = match >= 0 ? match : -(++twinless);
            if (match >= 0) {
                taken[match] = true;
            }
            response.computeIfAbsent(entity.entity(), e -> new HashSet<>()).add(id);
        }
        return CorefScorer.score(new ArrayList<>(key.values()), new ArrayList<>(response.values()));
    }

    /** The score of {@code system} over {@code docs}, micro-averaged. */
    static CorefScorer.Score evaluate(List<Doc> docs, Function<Doc, List<Entity>> system) {
        CorefScorer.Score total = CorefScorer.Score.NONE;
        for (Doc doc : docs) {
            total = total.plus(score(doc, system.apply(doc)));
        }
        return total;
    }

    /** Counts of mentions in the key, for the record: all, and by kind of words. */
    static Map<String, Integer> keySize(List<Doc> docs) {
        Map<String, Integer> counts = new HashMap<>();
        for (Doc doc : docs) {
            Set<Integer> chains = keyChains(doc);
            counts.merge("entities", chains.size(), Integer::sum);
            for (Mention mention : doc.mentions()) {
                String words = doc.text().substring(mention.span().start(), mention.span().end()).toLowerCase(Locale.ROOT);
                if (chains.contains(mention.chain()) && !GumCorpus.SPEAKER_PRONOUNS.contains(words)) {
                    counts.merge("mentions", 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
