package org.rhetorica.train.claims;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rhetorica.analysis.claims.CheckWorthiness;
import org.rhetorica.cli.CliCommand;
import org.rhetorica.models.Calibration;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Head;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.train.Split;
import org.rhetorica.train.heads.TrainingRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Training and scoring the check-worthiness head of the claims layer. */
public final class CheckWorthinessCommands {
    private CheckWorthinessCommands() {}

    @Command(name = "checkworthiness", mixinStandardHelpOptions = true,
            description = {"Trains the check-worthiness head of the claims layer on CheckThat! 2024 English sentences and writes",
                    "it, with its provenance, calibration, threshold and validation scores, to models/" + CheckWorthiness.NAME
                            + ".onnx."})
    public static final class Train implements Callable<Integer>, CliCommand {
        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "The corpus folder (e.g. ../shared/data/checkworthy-train).")
        Path data;

        @Option(names = "--models", paramLabel = "DIR", description = "Where to write the head (default: ${DEFAULT-VALUE}).")
        Path models = Path.of("models");

        @Option(names = "--hidden", split = ",", description = "Hidden layer sizes (default: 256).")
        int[] hidden = {256};

        @Option(names = "--epochs", description = "Epochs (default: ${DEFAULT-VALUE}).")
        int epochs = 20;

        @Option(names = "--learning-rate", description = "Adam's learning rate (default: ${DEFAULT-VALUE}).")
        float learningRate = 5e-4f;

        @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed = 17;

        @Override
        public String group() {
            return "train";
        }

        @Override
        public Integer call() {
            byte[] head = new CheckWorthinessTraining(new CheckWorthinessTraining.Settings(seed, hidden, epochs, learningRate),
                    System.err::println).train(data, EncoderSpec.DEFAULT, ClaimCommands.threads());
            Path file = models.resolve(CheckWorthiness.NAME + ".onnx");
            TrainingRecord.writeModel(file, head);
            System.err.println("wrote " + file);
            return 0;
        }
    }

    @Command(name = "checkworthy", mixinStandardHelpOptions = true,
            description = {"Scores the shipped check-worthiness head on the validation sentences of CheckThat! 2024 English",
                    "(blocks of sentence ids held out in training): precision, recall and F1 of the check-worthy class at",
                    "the head's threshold."})
    static final class Eval implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The corpus folder.")
        Path data;

        @Option(names = "--split", description = "training, development or validation (default: ${DEFAULT-VALUE}).")
        Split split = Split.VALIDATION;

        @Override
        public Integer call() {
            EncoderSpec encoder = EncoderSpec.DEFAULT;
            try (Resources resources = new Resources(encoder); Head head = Head.load(CheckWorthiness.NAME, encoder)) {
                List<CheckWorthinessData.Sentence> sentences = CheckWorthinessData.read(data, resources, ClaimCommands.threads())
                        .part(split);
                Map<String, Object> settings = head.provenance().settings();
                Calibration calibration = Calibration.fromSettings(settings, CheckWorthiness.NAME);
                double threshold = ((Number) settings.get("threshold")).doubleValue();
                CheckWorthinessScores scores = CheckWorthinessScores.at(CheckWorthinessScores.scores(head, sentences, calibration),
                        sentences, threshold);
                System.out.println("check-worthiness, " + split.name().toLowerCase(java.util.Locale.ROOT) + " sentences: "
                        + scores.summary());
            }
            return 0;
        }
    }
}
