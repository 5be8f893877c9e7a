package org.rhetorica.train.splitting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rhetorica.cli.CliCommand;
import org.rhetorica.doc.Document;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.IngestOptions;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.train.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores the splitting of articles run together in one file. Dumps are built here, at evaluation
 * time, from separate articles of a corpus (never stored): a few articles of one split, each
 * stripped of surrounding blank lines, joined with one blank line and no separator, as scraped
 * dumps hold them. The boundaries ingest finds (where each document after the first starts) are
 * compared with where the articles were joined: precision, recall and F1 of exact positions.
 */
public final class SplittingCommands {
    private SplittingCommands() {}

    @Command(name = "splitting", mixinStandardHelpOptions = true,
            description = {"Scores how ingest splits articles run together without separator lines, on dumps built",
                    "at evaluation time from separate articles (e.g. ../shared/data/polnear-train/text): boundary precision,",
                    "recall and F1."})
    public static final class Eval implements Callable<Integer>, CliCommand {
        @Option(names = "--articles", required = true, paramLabel = "DIR", description = "A folder of articles, one .txt file each.")
        Path articles;

        @Option(names = "--split", description = "Which articles: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Split split = Split.VALIDATION;

        @Option(names = "--dumps", description = "How many dumps to build (default: ${DEFAULT-VALUE}).")
        int dumps = 100;

        @Option(names = "--per-dump", description = "Articles per dump (default: ${DEFAULT-VALUE}).")
        int perDump = 4;

        @Option(names = "--seed", description = "Random seed for drawing articles (default: ${DEFAULT-VALUE}).")
        long seed = 17;

        @Override
        public String group() {
            return "eval";
        }

        @Override
        public Integer call() throws IOException {
            PrintStream out = System.out;
            List<Path> files;
            try (Stream<Path> list = Files.list(articles)) {
                files = list.filter(file -> file.toString().endsWith(".txt"))
                        .filter(file -> split.contains(file.getFileName().toString().replaceFirst("\\.txt$", ""))).sorted().toList();
            }
            Random random = new Random(seed);
            Ingest ingest = new Ingest(IngestOptions.defaults());
            Path folder = Files.createTempDirectory("rhetorica-dumps");
            long correct = 0;
            long predicted = 0;
            long gold = 0;
            try {
                for (int d = 0; d < dumps; d++) {
                    List<Path> drawn = new ArrayList<>(files);
                    Collections.shuffle(drawn, random);
                    StringBuilder dump = new StringBuilder();
                    Set<Integer> seams = new HashSet<>();
                    for (Path article : drawn.subList(0, Math.min(perDump, drawn.size()))) {
                        if (dump.length() > 0) {
                            dump.append("\n\n");
                            seams.add(dump.codePointCount(0, dump.length()));
                        }
                        dump.append(Files.readString(article, StandardCharsets.UTF_8).replace("\uFEFF", "").strip());
                    }
                    Path file = Files.writeString(folder.resolve("dump-" + d + ".txt"), dump, StandardCharsets.UTF_8);
                    List<Document> documents = new ArrayList<>();
                    ingest.read(new InputFile(file, file.getFileName().toString(), "dump-" + d), documents::add, failure -> {});
                    for (int k = 1; k < documents.size(); k++) {
                        predicted++;
                        correct += seams.contains(documents.get(k).metadata().origin().start()) ? 1 : 0;
                    }
                    gold += seams.size();
                }
            } finally {
                try (Stream<Path> written = Files.list(folder)) {
                    for (Path file : written.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(folder);
            }
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = gold == 0 ? 0 : (double) correct / gold;
            out.printf(Locale.ROOT, "%d dumps of %d articles from %d %s articles (seed %d)%n", dumps, perDump, files.size(),
                    split.name().toLowerCase(Locale.ROOT), seed);
            out.printf(Locale.ROOT, "boundaries  P %.4f  R %.4f  F1 %.4f  (%d predicted, %d right, %d true)%n", p, r,
                    p + r == 0 ? 0 : 2 * p * r / (p + r), predicted, correct, gold);
            return 0;
        }
    }
}
