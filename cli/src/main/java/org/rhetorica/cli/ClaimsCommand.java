package org.rhetorica.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rhetorica.claims.ClusterIndex;
import org.rhetorica.io.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rhetorica claims --index DIR}: the claim clusters of an index, by size and spread; its
 * subcommands find claims like a text and match texts against known (fact-checked) claims.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        subcommands = {ClaimSimilarCommand.class, ClaimMatchCommand.class, ClaimReviewsCommand.class, ClaimBenchCommand.class},
        description = {"Claim clusters: the same claim made in several documents, largest first, then by how many sources",
                "and documents it reached, with its speakers and its first and last dates.",
                "  rhetorica claims --index DIR [--min-size N] [--format table|csv|jsonl]",
                "  rhetorica claims similar --index DIR \"TEXT\"      where a claim, or one like it, was made",
                "  rhetorica claims match --known FILE --queries FILE   known (fact-checked) claims for texts, as a TREC run"})
public final class ClaimsCommand implements Callable<Integer>, CliCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "The corpus index (made by 'rhetorica index').")
    Path index;

    @Option(names = "--min-size", paramLabel = "N", description = "Only clusters of at least N claims (default: ${DEFAULT-VALUE}).")
    int minSize = 2;

    @Option(names = "--limit", paramLabel = "N", description = "At most N clusters (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or jsonl (default: ${DEFAULT-VALUE}).")
    Format format = Format.TABLE;

    enum Format { TABLE, CSV, JSONL }

    /** The columns of the table and CSV, one row per cluster. */
    static final List<String> COLUMNS = List.of("cluster", "claims", "documents", "sources", "speakers", "first", "last", "claim");

    @Override
    public Integer call() throws IOException {
        if (index == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --index DIR, or a subcommand");
        }
        if (minSize < 1 || limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-size and --limit must be at least 1");
        }
        List<ClusterIndex.Cluster> clusters;
        try (ClusterIndex clusterIndex = open(index)) {
            clusters = clusterIndex.clusters(minSize);
        }
        clusters = clusters.subList(0, Math.min(limit, clusters.size()));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> table(out, clusters);
            case CSV -> csv(out, clusters);
            case JSONL -> jsonLines(out, clusters);
        }
        out.flush();
        return 0;
    }

    /** The claim clusters of the index in {@code index}. */
    static ClusterIndex open(Path index) throws IOException {
        Path folder = org.rhetorica.claims.ClaimClustering.folderOf(index);
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(index + ": no claim clusters here (" + folder
                    + " is missing); make the index with 'rhetorica index', which clusters the claims layer");
        }
        return ClusterIndex.open(folder);
    }

    private static void table(PrintWriter out, List<ClusterIndex.Cluster> clusters) {
        out.printf(Locale.ROOT, "%-13s %6s %9s %7s %8s %-10s %-10s %s%n", "cluster", "claims", "documents", "sources", "speakers",
                "first", "last", "claim");
        for (ClusterIndex.Cluster c : clusters) {
            out.printf(Locale.ROOT, "%-13s %6d %9d %7d %8d %-10s %-10s %s%n", c.id(), c.size(), c.documents(), c.sources().size(),
                    c.speakers().size(), day(c.first()), day(c.last()), shorten(c.claim(), 80));
        }
        if (clusters.isEmpty()) {
            out.println("(no clusters of that size)");
        }
    }

    private static void csv(PrintWriter out, List<ClusterIndex.Cluster> clusters) throws IOException {
        List<List<Object>> rows = clusters.stream().map(c -> List.<Object>of(c.id(), c.size(), c.documents(),
                String.join("; ", c.sources()), String.join("; ", c.speakers()), orEmpty(c.first()), orEmpty(c.last()), c.claim()))
                .toList();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').get();
        // Not closed: that would close the command's output.
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecords(rows);
        printer.flush();
    }

    private static void jsonLines(PrintWriter out, List<ClusterIndex.Cluster> clusters) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (ClusterIndex.Cluster c : clusters) {
            ObjectNode node = json.createObjectNode();
            node.put("cluster", c.id());
            node.put("claim", c.claim());
            node.put("claims", c.size());
            node.put("documents", c.documents());
            node.set("sources", json.valueToTree(c.sources()));
            node.set("speakers", json.valueToTree(c.speakers()));
            node.put("first", c.first());
            node.put("last", c.last());
            ArrayNode members = node.putArray("members");
            for (ClusterIndex.Member m : c.members()) {
                ObjectNode member = members.addObject();
                member.put("doc", m.doc());
                member.put("text", m.text());
                member.put("speaker", m.speaker());
                member.put("source", m.source());
                member.put("date", m.date());
                member.put("score", m.score());
            }
            out.println(json.writeValueAsString(node));
        }
    }

    static String day(String date) {
        return date == null ? "-" : date.length() > 10 ? date.substring(0, 10) : date;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String shorten(String text, int most) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= most ? line : line.substring(0, most - 1) + "…";
    }
}
