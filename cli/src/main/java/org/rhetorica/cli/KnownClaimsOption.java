package org.rhetorica.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.rhetorica.claims.ClaimMatcher;
import org.rhetorica.claims.EncoderTextVectors;
import org.rhetorica.claims.KnownClaimMatches;
import org.rhetorica.claims.KnownClaims;
import org.rhetorica.claims.Reranker;
import org.rhetorica.claims.SameClaim;
import org.rhetorica.claims.VectorCache;
import org.rhetorica.doc.Document;
import picocli.CommandLine.Option;

/** The option that matches each document's claims against a list of fact-checked claims. */
final class KnownClaimsOption {
    @Option(names = "--known", paramLabel = "FILE", description = {"Known (fact-checked) claims: CSV or TSV with a header (id,"
            + " claim; optional title, verdict, url, date), JSON Lines, or schema.org ClaimReview JSON-LD. Each claim of the"
            + " claims layer that repeats one (the re-ranker's best, confirmed by the same-claim check) gets it, with its verdict and link."})
    Path known;

    @Option(names = "--known-min-score", paramLabel = "P", description = "The least match score shown (default: ${DEFAULT-VALUE}).")
    double minScore = KnownClaimMatches.DEFAULT_MIN_SCORE;

    /** What matches documents' claims, or null without --known; close it after the run. */
    Matching open(PrintStream log) {
        if (known == null) {
            return null;
        }
        KnownClaims claims = KnownClaims.read(known);
        claims.problems().forEach(problem -> log.println("warning: " + problem));
        EncoderTextVectors vectors = EncoderTextVectors.matching(1);
        Reranker reranker = Reranker.load();
        ClaimMatcher matcher = new ClaimMatcher(claims, vectors,
                ClaimMatcher.embed(claims, vectors, new VectorCache(VectorCache.defaultFolder())), reranker);
        SameClaim same = SameClaim.load();
        return new Matching(new KnownClaimMatches(matcher, same, minScore), matcher, reranker, same, vectors);
    }

    /** A list of known claims ready to match, and what it holds open. */
    record Matching(KnownClaimMatches matches, ClaimMatcher matcher, Reranker reranker, SameClaim same, EncoderTextVectors vectors)
            implements AutoCloseable {
        /** {@code work}, then the matching of the document's claims. */
        UnaryOperator<Document> after(UnaryOperator<Document> work) {
            return doc -> matches.apply(work.apply(doc));
        }

        @Override
        public void close() {
            matcher.close();
            reranker.close();
            same.close();
            vectors.close();
        }
    }
}
