package org.rhetorica.analysis.claims;

import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Spanned;

/**
 * A check-worthy factual claim: a sentence that states something about the world that could be true
 * or false and matters (numbers, events, causes, who did what).
 *
 * @param score calibrated probability that the sentence is check-worthy
 * @param speaker who makes the claim when it lies inside a quote, interview turn or forum post; null
 *     when it is the document's own voice
 * @param cluster the id of the claim's cluster in a corpus index (the same claim made elsewhere);
 *     null until the document is indexed
 * @param known the fact-checked claim it matches, when the analysis was given a list of them; else null
 */
public record ClaimSpan(int start, int end, double score, String speaker, String cluster, KnownMatch known) implements Spanned {
    public static final Layer<ClaimSpan> LAYER = Layer.written("claims", ClaimSpan.class);

    /** The same claim in a cluster. */
    public ClaimSpan withCluster(String newCluster) {
        return new ClaimSpan(start, end, score, speaker, newCluster, known);
    }

    /** The same claim matched to a fact-checked one. */
    public ClaimSpan withKnown(KnownMatch match) {
        return new ClaimSpan(start, end, score, speaker, cluster, match);
    }

    /**
     * A fact-checked claim that a claim of the text repeats.
     *
     * @param id its id in the list of known claims
     * @param claim its words
     * @param title the fact-check's headline, or null
     * @param verdict the fact-checker's verdict, or null
     * @param url the fact-check, or null
     * @param date when the fact-check was published, or null
     * @param reviewer who checked it, or null
     * @param score probability that the text's claim is this one
     */
    public record KnownMatch(String id, String claim, String title, String verdict, String url, String date, String reviewer,
            double score) {}
}
