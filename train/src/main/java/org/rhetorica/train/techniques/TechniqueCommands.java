package org.rhetorica.train.techniques;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rhetorica.analysis.techniques.SpanFinder;
import org.rhetorica.analysis.techniques.Technique;
import org.rhetorica.analysis.techniques.TechniqueClassifier;
import org.rhetorica.analysis.techniques.TechniqueModel;
import org.rhetorica.analysis.techniques.Techniques;
import org.rhetorica.cli.CliCommand;
import org.rhetorica.doc.Span;
import org.rhetorica.io.AtomicFiles;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.train.Split;
import org.rhetorica.train.heads.TrainingRecord;
import org.rhetorica.train.techniques.TechniqueCorpus.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line tools of the techniques task: train, evaluate, predict. */
public final class TechniqueCommands {
    private TechniqueCommands() {}

    private static EncoderSpec encoderSpec() {
        return EncoderSpec.DEFAULT;
    }

    private static List<Article> read(Path articles, Path labels, Split part) {
        try (Resources resources = new Resources(encoderSpec())) {
            return TechniqueCorpus.read(articles, labels, part, Pipeline.producing(resources, Set.of(Encoding.VECTORS)));
        }
    }

    @Command(name = "techniques", mixinStandardHelpOptions = true,
            description = {"Trains the technique heads on the Propaganda Techniques Corpus and writes them, with their",
                    "provenance and validation scores, to models/techniques-spans.onnx and models/techniques-classes.onnx."})
    public static final class Train implements Callable<Integer>, CliCommand {
        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "The corpus folder, holding articles/ and labels-tc/ (e.g. ../shared/data/ptc-train).")
        Path data;

        @Option(names = "--models", paramLabel = "DIR", description = "Where to write the heads (default: ${DEFAULT-VALUE}).")
        Path models = Path.of("models");

        @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed = 17;

        @Option(names = "--classifier-epochs", description = "Epochs of the technique classifier (default: ${DEFAULT-VALUE}).")
        int classifierEpochs = 30;

        @Option(names = "--tagger-epochs", description = "Epochs of each span tagger (default: ${DEFAULT-VALUE}).")
        int taggerEpochs = 6;

        @Option(names = "--taggers", description = "Span taggers averaged, each with its own seed (default: ${DEFAULT-VALUE}).")
        int taggers = 2;

        @Option(names = "--tagger-hidden", description = "LSTM state size of each span tagger (default: ${DEFAULT-VALUE}).")
        int taggerHidden = 64;

        @Option(names = "--encoder", paramLabel = "MODEL[:LAYERS]",
                description = "Train on another encoder's vectors, to compare encoders (default: ${DEFAULT-VALUE}). "
                        + "Other models need the Maven profile 'encoders'; analysis runs only the default.")
        String encoder = EncoderSpec.DEFAULT.modelAndLayers();

        @Override
        public String group() {
            return "train";
        }

        @Override
        public Integer call() {
            PrintStream log = System.err;
            TechniqueTraining.Trained trained = new TechniqueTraining(
                    new TechniqueTraining.Settings(seed, classifierEpochs, taggerEpochs, taggers, taggerHidden), log::println)
                    .train(data, EncoderSpec.parse(encoder, Runtime.getRuntime().availableProcessors()));
            TrainingRecord.writeModel(models.resolve(SpanFinder.NAME + ".onnx"), trained.spans());
            TrainingRecord.writeModel(models.resolve(TechniqueClassifier.NAME + ".onnx"), trained.classes());
            log.println("wrote " + models.resolve(SpanFinder.NAME + ".onnx") + " and "
                    + models.resolve(TechniqueClassifier.NAME + ".onnx"));
            return 0;
        }
    }

    @Command(name = "techniques", mixinStandardHelpOptions = true,
            description = {"Scores the shipped technique heads with the official SemEval-2020 Task 11 measures:",
                    "span identification (partial-overlap F1) and technique classification (micro-F1 on the gold spans)."})
    public static final class Eval implements Callable<Integer>, CliCommand {
        @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of article<ID>.txt files.")
        Path articles;

        @Option(names = "--gold", required = true, paramLabel = "DIR|FILE",
                description = "Technique labels (id, technique, start, end), a file or a folder of *.labels files.")
        Path gold;

        @Option(names = "--split", description = "Which articles: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
                + " validation = the 20 %% held out of training.")
        Split split = Split.ALL;

        @Override
        public String group() {
            return "eval";
        }

        @Override
        public Integer call() {
            List<Article> read = read(articles, gold, split);
            if (read.stream().allMatch(a -> a.gold().stream().allMatch(g -> g.technique() == null))) {
                System.err.println("error: " + gold + " holds no technique labels (id, technique, start, end)");
                return 2;
            }
            try (TechniqueModel model = TechniqueModel.load(encoderSpec())) {
                System.out.print(TechniqueEvaluation.evaluate(model.finder(), model.classifier(), null, read).summary());
            }
            return 0;
        }
    }

    @Command(name = "techniques", mixinStandardHelpOptions = true,
            description = {"Writes predictions in the shared task's formats: --mode si: id<TAB>start<TAB>end;",
                    "--mode tc: id<TAB>technique<TAB>start<TAB>end for every span of --spans. Offsets are code points."})
    public static final class Predict implements Callable<Integer>, CliCommand {
        enum Mode { si, tc }

        @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of article<ID>.txt files.")
        Path articles;

        @Option(names = "--mode", required = true, description = "si or tc.")
        Mode mode;

        @Option(names = "--spans", paramLabel = "FILE",
                description = "For --mode tc: the spans to label, in either task format (any technique name is ignored).")
        Path spans;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the predictions.")
        Path out;

        @Override
        public String group() {
            return "predict";
        }

        @Override
        public Integer call() throws IOException {
            if (mode == Mode.tc && spans == null) {
                System.err.println("error: --mode tc needs --spans FILE");
                return 2;
            }
            List<Article> read = read(articles, null, Split.ALL);
            List<GoldSpan> predictions;
            try (TechniqueModel model = TechniqueModel.load(encoderSpec())) {
                predictions = mode == Mode.si
                        ? TechniqueEvaluation.predictSpans(model.finder(), read)
                        : TechniqueEvaluation.classify(model.classifier(), read, TaskFiles.readLabels(spans));
            }
            AtomicFiles.write(out, writer -> TaskFiles.write(predictions, mode == Mode.tc, writer));
            System.err.printf(Locale.ROOT, "wrote %d predictions for %d articles to %s%n", predictions.size(), read.size(), out);
            return 0;
        }
    }
}
