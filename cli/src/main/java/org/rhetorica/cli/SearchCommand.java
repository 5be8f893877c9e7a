package org.rhetorica.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.SearchRequest;
import org.rhetorica.index.SearchResult;
import org.rhetorica.index.SentenceVectors;
import org.rhetorica.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rhetorica search}: the documents of an index that match a query. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Prints the documents of an index that match a query: key, title, source, date and a snippet.",
                "Query syntax: words (all must match), \"phrases\", OR, NOT, source:, speaker:, technique:, entity:,",
                "published:[2022-01-01 TO 2022-12-31]. --like searches by meaning instead."})
public final class SearchCommand implements Callable<Integer>, CliCommand {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query; none matches every document.")
    String query = "";

    @picocli.CommandLine.Mixin
    IndexFolder folder;

    @Option(names = "--like", paramLabel = "TEXT", description = "Passages that say roughly this (search by meaning).")
    String like = "";

    @Option(names = "--sort", description = "relevance or date (default: ${DEFAULT-VALUE}).")
    SearchRequest.Order sort = SearchRequest.Order.RELEVANCE;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        IndexConfig config = IndexConfig.standard();
        try (Corpus corpus = Corpus.open(folder.index, config); Resources resources = like.isBlank() ? null : Resources.defaults()) {
            SentenceVectors vectors = resources == null ? null : Workbenches.vectors(resources);
            SearchResult result = Workbenches.asUsage(spec, () -> corpus.search(new SearchRequest(query, Map.of(), like, sort, 0, limit), vectors));
            out.printf(Locale.ROOT, "%d documents match%n", result.total());
            for (SearchResult.Hit hit : result.hits()) {
                var doc = hit.document();
                out.printf(Locale.ROOT, "%n%s  %s%n  %s · %s%s%n  %s%n", doc.key(), orDash(doc.title()), orDash(doc.source()),
                        orDash(doc.published()), hit.groupSize() > 1 ? " · " + (hit.groupSize() - 1) + " near-duplicates" : "",
                        snippet(hit.snippet()));
            }
        }
        return 0;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    /** The snippet on one line, matched words in brackets. */
    private static String snippet(List<SearchResult.Fragment> fragments) {
        return fragments.stream().map(f -> f.match() ? "[" + f.text() + "]" : f.text())
                .collect(Collectors.joining()).replaceAll("\\s+", " ").strip();
    }
}
