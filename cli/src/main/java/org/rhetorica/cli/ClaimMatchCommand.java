package org.rhetorica.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.claims.ClaimMatcher;
import org.rhetorica.claims.EncoderTextVectors;
import org.rhetorica.claims.KnownClaims;
import org.rhetorica.claims.QueryText;
import org.rhetorica.claims.Reranker;
import org.rhetorica.claims.VectorCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rhetorica claims match}: ranks known claims for each query text and prints a TREC run. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Ranks the known (fact-checked) claims of --known for each text of --queries and prints a TREC run,",
                "one line per match: query_id<TAB>Q0<TAB>known_id<TAB>rank<TAB>score<TAB>rhetorica. The score is the",
                "re-ranker's probability that the known claim is the claim the text makes.",
                "Known claims: CSV or TSV with a header (id, claim; optional title, verdict, url, date), JSON Lines",
                "with those fields, or schema.org ClaimReview JSON-LD. Queries: id<TAB>text lines, or JSON Lines",
                "with id and text. The known claims' vectors are kept in --cache, so a list is embedded once."})
public final class ClaimMatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--known", required = true, paramLabel = "FILE", description = "The known claims.")
    Path known;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "The texts to match.")
    Path queries;

    @Option(names = "--top", paramLabel = "K", description = "Known claims per query, at most (default: ${DEFAULT-VALUE}).")
    int top = 5;

    @Option(names = "--min-score", paramLabel = "P", description = "Leave out matches scored below P (default: ${DEFAULT-VALUE}).")
    double minScore = 0;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where known claims' vectors are kept between runs"
            + " (default: $XDG_CACHE_HOME/rhetorica/vectors or ~/.cache/rhetorica/vectors).")
    Path cache;

    @Option(names = "--threads", paramLabel = "N", description = "Encoder threads (default: the processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (top < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        List<QueryText> texts = QueryText.read(queries);
        KnownClaims claims = KnownClaims.read(known);
        PrintWriter err = spec.commandLine().getErr();
        claims.problems().forEach(problem -> err.println("warning: " + problem));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        try (EncoderTextVectors vectors = EncoderTextVectors.matching(threads);
                Reranker reranker = Reranker.load();
                ClaimMatcher matcher = new ClaimMatcher(claims, vectors,
                        ClaimMatcher.embed(claims, vectors, new VectorCache(cache != null ? cache : VectorCache.defaultFolder())),
                        reranker)) {
            List<List<ClaimMatcher.Match>> matches = matcher.match(texts.stream().map(QueryText::text).toList(), top, minScore);
            for (int q = 0; q < texts.size(); q++) {
                for (ClaimMatcher.Match match : matches.get(q)) {
                    // Full precision: scores strictly fall with rank, and TREC tools would reorder ties by id.
                    out.printf(Locale.ROOT, "%s\tQ0\t%s\t%d\t%s\trhetorica%n", texts.get(q).id(), match.claim().id(), match.rank(),
                            Double.toString(match.score()));
                }
            }
        }
        out.flush();
        return 0;
    }
}
