package org.rhetorica.train.claims;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rhetorica.claims.ClaimMatcher;
import org.rhetorica.claims.EncoderTextVectors;
import org.rhetorica.claims.Reranker;
import org.rhetorica.claims.SameClaim;
import org.rhetorica.claims.VectorCache;
import org.rhetorica.cli.CliCommand;
import org.rhetorica.train.heads.TrainingRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line tools of the claims task: train the matching re-ranker and the same-claim check, and evaluate them. */
public final class ClaimCommands {
    /** The hand-labelled pairs the same-claim check is scored on, shipped with the tests. */
    static final Path PAIRS = Path.of("claims/src/test/resources/claims/same-claim-pairs.tsv");

    private ClaimCommands() {}

    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = {"Trains the heads of claim matching and clustering on CheckThat! 2020 task 2's training part and",
                    "writes each, with its provenance and scores, to models/: " + Reranker.NAME + ".onnx (re-ranks known",
                    "claims for a text) and " + SameClaim.NAME + ".onnx (whether two claims are the same claim)."})
    public static final class Train implements Callable<Integer>, CliCommand {
        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "The corpus folder (e.g. ../shared/data/claim-matching-train).")
        Path data;

        @Option(names = "--heads", split = ",", paramLabel = "HEAD", description = "Which heads: matching, same (default: both).")
        Set<String> heads = Set.of("matching", "same");

        @Option(names = "--pairs", paramLabel = "FILE", description = "Hand-labelled pairs the same-claim check is scored on,"
                + " for its provenance (default: ${DEFAULT-VALUE}).")
        Path pairs = PAIRS;

        @Option(names = "--models", paramLabel = "DIR", description = "Where to write the heads (default: ${DEFAULT-VALUE}).")
        Path models = Path.of("models");

        @Option(names = "--cache", paramLabel = "DIR", description = "Where claim vectors are kept between runs (default: the user's cache).")
        Path cache = VectorCache.defaultFolder();

        @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed = 17;

        @Option(names = "--listwise", negatable = true, description = "Train the re-ranker on each tweet's candidates as a list"
                + " (default: ${DEFAULT-VALUE}).")
        boolean listwise = true;

        @Override
        public String group() {
            return "train";
        }

        @Override
        public Integer call() {
            VectorCache vectorCache = new VectorCache(cache);
            if (heads.contains("matching")) {
                byte[] head = new MatchingTraining(new MatchingTraining.Settings(seed, new int[] {32}, 30, 1e-3f, 1f, listwise),
                        System.err::println).train(data, vectorCache, threads());
                write(Reranker.NAME, head);
            }
            if (heads.contains("same")) {
                byte[] head = new SameClaimTraining(new SameClaimTraining.Settings(seed, new int[] {16}, 10, 1e-3f, 4000),
                        System.err::println).train(data, pairs, vectorCache, threads());
                write(SameClaim.NAME, head);
            }
            return 0;
        }

        private void write(String name, byte[] head) {
            Path file = models.resolve(name + ".onnx");
            TrainingRecord.writeModel(file, head);
            System.err.println("wrote " + file);
        }
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            subcommands = {EvalMatching.class, EvalSameClaim.class, CheckWorthinessCommands.Eval.class},
            description = {"Scores the claims models: known-claim matching (MAP@5) and the same-claim check (precision and",
                    "recall on hand-labelled pairs)."})
    public static final class Eval implements Callable<Integer>, CliCommand {
        @Override
        public String group() {
            return "eval";
        }

        @Override
        public Integer call() {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "name what to score: match, same or checkworthy");
        }
    }

    @Command(name = "match", mixinStandardHelpOptions = true,
            description = {"Scores the shipped matching re-ranker with the task's MAP@5 on CheckThat! 2020 task 2's dev tweets",
                    "(or --split train), with BM25 alone and vectors alone over the same candidates for comparison."})
    static final class EvalMatching implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The corpus folder.")
        Path data;

        @Option(names = "--split", description = "train or dev (default: ${DEFAULT-VALUE}).")
        String split = "dev";

        @Option(names = "--cache", paramLabel = "DIR", description = "Where claim vectors are kept between runs (default: the user's cache).")
        Path cache = VectorCache.defaultFolder();

        @Option(names = "--errors", description = "Also print each query whose relevant claim is not ranked first, with what was.")
        boolean errors;

        @Override
        public Integer call() {
            MatchingData data = MatchingData.read(this.data, split);
            try (EncoderTextVectors vectors = EncoderTextVectors.matching(threads()); Reranker reranker = Reranker.load();
                    ClaimMatcher matcher = new ClaimMatcher(data.claims(), vectors,
                            ClaimMatcher.embed(data.claims(), vectors, new VectorCache(cache)), reranker)) {
                List<String> texts = data.queries().stream().map(MatchingData.Query::text).toList();
                List<List<ClaimMatcher.Candidate>> candidates = matcher.candidates(texts);
                List<List<String>> ranked = matcher.match(texts, 5, 0).stream()
                        .map(matches -> matches.stream().map(m -> m.claim().id()).toList()).toList();
                double map5 = MatchingData.meanAveragePrecision(data.queries(), ranked, 5);
                Map<String, Object> figures = MatchingEvaluation.figures(data.queries().size(), map5,
                        MatchingEvaluation.map5(data.queries(), candidates, matcher, MatchingEvaluation.BM25),
                        MatchingEvaluation.map5(data.queries(), candidates, matcher, MatchingEvaluation.COSINE),
                        MatchingEvaluation.candidateRecall(data.queries(), candidates, matcher));
                System.out.print(MatchingEvaluation.summary(split, figures));
                try (SameClaim same = SameClaim.load()) {
                    System.out.print(MatchingEvaluation.attached(data.queries(), matcher, same));
                }
                if (errors) {
                    printErrors(data, ranked, matcher);
                }
            }
            return 0;
        }
    }

    private static void printErrors(MatchingData data, List<List<String>> ranked, ClaimMatcher matcher) {
        Map<String, org.rhetorica.claims.KnownClaim> byId = new java.util.HashMap<>();
        matcher.claims().forEach(claim -> byId.put(claim.id(), claim));
        for (int q = 0; q < data.queries().size(); q++) {
            MatchingData.Query query = data.queries().get(q);
            List<String> top = ranked.get(q);
            if (!top.isEmpty() && query.relevant().contains(top.get(0))) {
                continue;
            }
            System.out.println("\n" + query.id() + ": " + query.text().replace('\n', ' '));
            query.relevant().forEach(id -> System.out.println("  relevant " + id + ": " + byId.get(id).claimAndTitle().replace("\n", " | ")));
            for (int r = 0; r < Math.min(3, top.size()); r++) {
                System.out.println("  ranked " + (r + 1) + " " + top.get(r) + ": " + byId.get(top.get(r)).claimAndTitle().replace("\n", " | "));
            }
        }
    }

    @Command(name = "same", mixinStandardHelpOptions = true,
            description = {"Scores the shipped same-claim check on hand-labelled pairs (a<TAB>b<TAB>label, label paraphrase,",
                    "same_topic or unrelated): precision and recall of 'same claim' at its threshold and at others, to",
                    "choose a threshold for a corpus: label pairs of your own and pass them with --pairs."})
    static final class EvalSameClaim implements Callable<Integer> {
        @Option(names = "--pairs", paramLabel = "FILE", description = "The labelled pairs (default: ${DEFAULT-VALUE}).")
        Path pairs = PAIRS;

        @Option(names = "--errors", description = "Also print the pairs the check gets wrong at its threshold.")
        boolean errors;

        @Override
        public Integer call() {
            try (EncoderTextVectors vectors = EncoderTextVectors.matching(threads()); SameClaim same = SameClaim.load()) {
                SameClaimEvaluation.Score score = SameClaimEvaluation.score(same, vectors, SameClaimPairs.read(pairs));
                System.out.print(score.summary());
                if (errors) {
                    System.out.print(score.errorList());
                }
            }
            return 0;
        }
    }
}
