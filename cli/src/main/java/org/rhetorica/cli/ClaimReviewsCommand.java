package org.rhetorica.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.claims.ClaimReviews;
import org.rhetorica.claims.KnownClaim;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rhetorica claims reviews --index DIR}: the claims of an index that repeat a fact-checked claim, as ClaimReview JSON. */
@Command(name = "reviews", mixinStandardHelpOptions = true,
        description = {"Prints one schema.org ClaimReview-shaped JSON object per line for each claim of the index that matched",
                "a known (fact-checked) claim when it was analysed (analyze --known FILE): the fact-check's URL, title, verdict",
                "and date, the claim as the fact-checker words it, and as the document words it, who made it, where and when."})
public final class ClaimReviewsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexFolder folder;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper json = new ObjectMapper();
        int[] written = new int[1];
        try (Corpus corpus = Corpus.open(folder.index, IndexConfig.standard())) {
            corpus.forEach(SearchRequest.all(), (key, doc) -> {
                for (ClaimSpan claim : doc.layer(ClaimSpan.LAYER)) {
                    ClaimSpan.KnownMatch known = claim.known();
                    if (known != null) {
                        KnownClaim checked = new KnownClaim(known.id(), known.claim(), known.title(), known.verdict(), known.url(),
                                known.date(), known.reviewer());
                        String where = doc.metadata().url() != null ? doc.metadata().url() : doc.metadata().source();
                        out.println(json.writeValueAsString(ClaimReviews.write(checked, doc.text(claim), claim.speaker(), where,
                                doc.metadata().published(), known.score())));
                        written[0]++;
                    }
                }
            });
        }
        out.flush();
        spec.commandLine().getErr().println(written[0] + " claims matched a fact-checked claim");
        return 0;
    }
}
