package org.rhetorica.train.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The link-based MUC (Vilain et al., 1995) and the mention-based B³ (Bagga and Baldwin, 1998)
 * coreference scores, as the CoNLL-2012 reference scorer computes them: entities are sets of
 * mention ids; a mention in only one of key and response (a twin-less mention) shares nothing with
 * the other side. Sums add up over documents, so the scores are micro-averaged.
 */
final class CorefScorer {
    /** Numerators and denominators of recall and precision. */
    record Sums(double recall, double recallOf, double precision, double precisionOf) {
        static final Sums NONE = new Sums(0, 0, 0, 0);

        Sums plus(Sums other) {
            return new Sums(recall + other.recall, recallOf + other.recallOf, precision + other.precision,
                    precisionOf + other.precisionOf);
        }

        double r() {
            return recallOf == 0 ? 0 : recall / recallOf;
        }

        double p() {
            return precisionOf == 0 ? 0 : precision / precisionOf;
        }

        double f1() {
            return r() + p() == 0 ? 0 : 2 * r() * p() / (r() + p());
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-4s R %.4f  P %.4f  F1 %.4f", name, r(), p(), f1());
        }
    }

    /** MUC and B³ of one or more documents. */
    record Score(Sums muc, Sums b3) {
        static final Score NONE = new Score(Sums.NONE, Sums.NONE);

        Score plus(Score other) {
            return new Score(muc.plus(other.muc), b3.plus(other.b3));
        }

        String summary() {
            return muc.line("MUC") + "\n" + b3.line("B3") + "\n";
        }
    }

    private CorefScorer() {}

    static Score score(List<Set<Integer>> key, List<Set<Integer>> response) {
        return new Score(muc(key, response), b3(key, response));
    }

    /** MUC: recall is the share of key links kept, counted per key entity as its size less its parts in the response. */
    static Sums muc(List<Set<Integer>> key, List<Set<Integer>> response) {
        Map<Integer, Integer> keyOf = entityOf(key);
        Map<Integer, Integer> responseOf = entityOf(response);
        double recall = 0;
        double recallOf = 0;
        for (Set<Integer> entity : key) {
            recall += entity.size() - parts(entity, responseOf);
            recallOf += entity.size() - 1;
        }
        double precision = 0;
        double precisionOf = 0;
        for (Set<Integer> entity : response) {
            precision += entity.size() - parts(entity, keyOf);
            precisionOf += entity.size() - 1;
        }
        return new Sums(recall, recallOf, precision, precisionOf);
    }

    /** B³: per mention, the share of its key entity found in its response entity (recall), and the converse (precision). */
    static Sums b3(List<Set<Integer>> key, List<Set<Integer>> response) {
        return new Sums(shared(key, response), count(key), shared(response, key), count(response));
    }

    private static double shared(List<Set<Integer>> from, List<Set<Integer>> other) {
        Map<Integer, Integer> otherOf = entityOf(other);
        double sum = 0;
        for (Set<Integer> entity : from) {
            for (int mention : entity) {
                Integer in = otherOf.get(mention);
                if (in != null) {
                    Set<Integer> common = new HashSet<>(entity);
                    common.retainAll(other.get(in));
                    sum += (double) common.size() / entity.size();
                }
            }
        }
        return sum;
    }

    private static int count(List<Set<Integer>> entities) {
        return entities.stream().mapToInt(Set::size).sum();
    }

    /** How many parts the other side cuts an entity into; each mention absent there is a part of its own. */
    private static int parts(Set<Integer> entity, Map<Integer, Integer> otherOf) {
        Set<Integer> parts = new HashSet<>();
        int alone = 0;
        for (int mention : entity) {
            Integer part = otherOf.get(mention);
            if (part == null) {
                alone++;
            } else {
                parts.add(part);
            }
        }
        return parts.size() + alone;
    }

    private static Map<Integer, Integer> entityOf(List<Set<Integer>> entities) {
        Map<Integer, Integer> of = new HashMap<>();
        for (int e = 0; e < entities.size(); e++) {
            for (int mention : entities.get(e)) {
                of.put(mention, e);
            }
        }
        return of;
    }
}
