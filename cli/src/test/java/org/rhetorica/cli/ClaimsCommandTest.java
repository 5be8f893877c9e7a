package org.rhetorica.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.claims.ClaimClustering;
import org.rhetorica.claims.ClaimClusters;
import org.rhetorica.claims.EncoderTextVectors;
import org.rhetorica.claims.SameClaim;
import picocli.CommandLine;

/** The claims commands on files and clusters made for the test, with the shipped models. */
class ClaimsCommandTest {
    private static final Path FIXTURES = Path.of("claims/src/test/resources/claims");

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine();
        setStreams(command, out, err);
        return new Run(command.execute(args), out.toString(), err.toString());
    }

    private static void setStreams(CommandLine command, StringWriter out, StringWriter err) {
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        command.getSubcommands().values().forEach(sub -> setStreams(sub, out, err));
    }

    @Test
    void matchPrintsATrecRunWithScoresFallingByRank() {
        Run run = run("claims", "match", "--known", FIXTURES.resolve("known.csv").toString(), "--queries",
                FIXTURES.resolve("queries.tsv").toString(), "--top", "2", "--cache", folder.resolve("cache").toString(), "--threads", "1");
        assertEquals(0, run.exit(), run.err());
        // The list's two bad rows are reported, and the rest matched.
        assertTrue(run.err().contains("known.csv:5: no id"), run.err());
        List<String[]> lines = run.out().lines().map(line -> line.split("\t")).toList();
        assertEquals(4, lines.size());
        assertEquals(List.of("q1", "Q0", "kc-1", "1"), List.of(lines.get(0)).subList(0, 4));
        assertEquals("rhetorica", lines.get(0)[5]);
        assertEquals(List.of("q1", "Q0", "2"), List.of(lines.get(1)[0], lines.get(1)[1], lines.get(1)[3]));
        assertTrue(Double.parseDouble(lines.get(0)[4]) > Double.parseDouble(lines.get(1)[4]));
        assertEquals(List.of("q2", "Q0", "kc-2", "1"), List.of(lines.get(2)).subList(0, 4));
    }

    @Test
    void aMissingListIsOneLineAndExitOne() {
        Run run = run("claims", "match", "--known", folder.resolve("none.csv").toString(), "--queries",
                FIXTURES.resolve("queries.tsv").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("error: " + folder.resolve("none.csv") + ": cannot read it"), run.err());
        Run noIndex = run("claims", "--index", folder.toString());
        assertEquals(1, noIndex.exit());
        assertTrue(noIndex.err().startsWith("error: " + folder + ": no claim clusters here"), noIndex.err());
        assertEquals(2, run("claims").exit());
    }

    @Test
    void clustersAreListedAsATableCsvAndJsonLines() throws IOException {
        List<String> texts = List.of("The Tarnby water plant leaked chlorine into the river for three weeks.",
                "For three weeks, chlorine leaked from Tarnby's water plant into the river.", "Tarnby's mayor opened a new library.");
        try (EncoderTextVectors vectors = EncoderTextVectors.matching(1); SameClaim loaded = SameClaim.load();
                SameClaim same = loaded.withThreshold(ClaimClustering.SAME_THRESHOLD);
                ClaimClusters clusters = new ClaimClusters(ClaimClustering.folderOf(folder), vectors.id(), same)) {
            float[][] embedded = vectors.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                clusters.add(new ClaimClusters.Claim("d" + i + "#0", "d" + i, texts.get(i), embedded[i], null, "outlet-" + i,
                        "2025-05-0" + (i + 1), 0.8));
            }
        }
        Run table = run("claims", "--index", folder.toString());
        assertEquals(0, table.exit(), table.err());
        List<String> lines = table.out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).matches("c[0-9a-f]{12} +2 +2 +2 +0 2025-05-01 2025-05-02 The Tarnby water plant leaked chlorine into the river for three weeks\\."),
                lines.get(1));
        Run csv = run("claims", "--index", folder.toString(), "--format", "csv", "--min-size", "1");
        assertEquals("cluster,claims,documents,sources,speakers,first,last,claim", csv.out().lines().findFirst().orElseThrow());
        assertEquals(3, csv.out().lines().count());
        Run jsonl = run("claims", "--index", folder.toString(), "--format", "jsonl");
        assertTrue(jsonl.out().contains("\"members\":[{\"doc\":\"d0\",\"text\":\"The Tarnby water plant leaked chlorine into the river for three weeks.\""),
                jsonl.out());
    }
}
