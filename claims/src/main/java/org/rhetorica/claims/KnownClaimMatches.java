package org.rhetorica.claims;

import java.util.ArrayList;
import java.util.List;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.doc.Document;

/**
 * Gives each claim of a document's claims layer the known (fact-checked) claim it repeats, if the
 * matcher scores one at least {@code minScore}. Thread-safe, as the matcher is.
 */
public final class KnownClaimMatches {
    /**
     * The least probability shown as a match by default: on the training tweets held out of the
     * re-ranker's training, about half of the matches scored at least this are right (see README).
     */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    private final ClaimMatcher matcher;
    private final double minScore;

    public KnownClaimMatches(ClaimMatcher matcher, double minScore) {
        this.matcher = matcher;
        this.minScore = minScore;
    }

    /** The document with {@code known} set on each claim that matches; unchanged when it has no claims layer. */
    public Document apply(Document doc) {
        if (!doc.has(ClaimSpan.LAYER) || doc.layer(ClaimSpan.LAYER).isEmpty()) {
            return doc;
        }
        List<ClaimSpan> claims = doc.layer(ClaimSpan.LAYER);
        List<List<ClaimMatcher.Match>> matches = matcher.match(claims.stream().map(doc::text).toList(), 1, minScore);
        List<ClaimSpan> matched = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ClaimSpan claim = claims.get(i);
            if (matches.get(i).isEmpty()) {
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
