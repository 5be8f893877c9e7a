package org.rhetorica.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.doc.Document;

/**
 * Gives each claim of a document's claims layer the known (fact-checked) claim it repeats: the
 * matcher's best, when it scores at least {@code minScore} and the same-claim check agrees that the
 * two are one claim. The re-ranker learnt on texts that each repeat some known claim, so its score
 * ranks candidates but does not say whether any is right; in a news article most sentences repeat
 * none ("None of this is true." scored 0.98 against a fact-check of an FBI report). The check, which
 * learnt to tell a restatement from another claim on the same topic, and a least cosine of
 * {@value #MIN_COSINE} keep them out: on 183 claims of ten news articles from seven outlets, matched
 * against CheckThat!'s 10,373 Snopes claims, the re-ranker alone attached 24 fact-checks, all wrong;
 * with the check, 4 (all at cosines under 0.6); with both, 1 (a claim on the same topic). Thread-safe,
 * as the matcher and the check are.
 */
public final class KnownClaimMatches {
    /**
     * The least probability shown as a match by default: on the training tweets held out of the
     * re-ranker's training, about half of the matches scored at least this are right (see README).
     */
    public static final double DEFAULT_MIN_SCORE = 0.5;
    /** The least cosine of a text and a known claim it repeats (restatements are near 0.9). */
    public static final double MIN_COSINE = 0.6;

    private final ClaimMatcher matcher;
    private final SameClaim same;
    private final double minScore;

    public KnownClaimMatches(ClaimMatcher matcher, SameClaim same, double minScore) {
        this.matcher = matcher;
        this.same = same;
        this.minScore = minScore;
    }

    /** Whether a text repeats the known claim the matcher ranked first for it, given both unit vectors. */
    public static boolean confirms(SameClaim same, String text, float[] textVector, KnownClaim known, float[] knownVector) {
        double cosine = 0;
        for (int d = 0; d < textVector.length; d++) {
            cosine += textVector[d] * knownVector[d];
        }
        return cosine >= MIN_COSINE && same.same(text, textVector, known.claim(), knownVector);
    }

    /** The document with {@code known} set on each claim that matches; unchanged when it has no claims layer. */
    public Document apply(Document doc) {
        if (!doc.has(ClaimSpan.LAYER) || doc.layer(ClaimSpan.LAYER).isEmpty()) {
            return doc;
        }
        List<ClaimSpan> claims = doc.layer(ClaimSpan.LAYER);
        List<String> texts = claims.stream().map(doc::text).toList();
        List<float[][]> vectors = matcher.embed(texts);
        List<List<ClaimMatcher.Match>> matches = matcher.match(texts, vectors, 1, minScore);
        Set<Integer> confirmed = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!matches.get(i).isEmpty()) {
                KnownClaim known = matches.get(i).get(0).claim();
                if (confirms(same, texts.get(i), vectors.get(i)[0], known, matcher.vectorOf(known))) {
                    confirmed.add(i);
                }
            }
        }
        List<ClaimSpan> matched = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ClaimSpan claim = claims.get(i);
            if (!confirmed.contains(i)) {
                matched.add(claim.withKnown(null));
            } else {
                ClaimMatcher.Match best = matches.get(i).get(0);
                KnownClaim known = best.claim();
                matched.add(claim.withKnown(new ClaimSpan.KnownMatch(known.id(), known.claim(), known.title(), known.verdict(),
                        known.url(), known.date(), known.reviewer(), Math.round(best.score() * 1000) / 1000.0)));
            }
        }
        return doc.with(ClaimSpan.LAYER, matched);
    }
}
