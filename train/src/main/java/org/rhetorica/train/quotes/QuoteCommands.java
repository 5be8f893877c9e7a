package org.rhetorica.train.quotes;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.AttributionTagger;
import org.rhetorica.analysis.quotes.Quotes;
import org.rhetorica.cli.CliCommand;
import org.rhetorica.doc.DataKey;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.train.Split;
import org.rhetorica.train.heads.TaggerSettings;
import org.rhetorica.train.heads.TrainingRecord;
import org.rhetorica.train.quotes.AttributionCorpus.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line tools of the quotes task: train and evaluate. */
public final class QuoteCommands {
    private QuoteCommands() {}

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Trains the attribution tagger of the quotes layer on PolNeAR and writes it, with its",
                    "provenance and validation scores, to models/" + AttributionTagger.NAME + ".onnx."})
    public static final class Train implements Callable<Integer>, CliCommand {
        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "The corpus folder, holding text/ and attributions/ (e.g. ../shared/data/polnear-train).")
        Path data;

        @Option(names = "--models", paramLabel = "DIR", description = "Where to write the head (default: ${DEFAULT-VALUE}).")
        Path models = Path.of("models");

        @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed = 17;

        @Option(names = "--epochs", description = "Epochs of each tagger (default: ${DEFAULT-VALUE}).")
        int epochs = 8;

        @Option(names = "--taggers", description = "Taggers averaged, each with its own seed (default: ${DEFAULT-VALUE}).")
        int taggers = 1;

        @Option(names = "--projection", description = "Size of the projection before the LSTM (default: ${DEFAULT-VALUE}).")
        int projection = 96;

        @Option(names = "--hidden", description = "LSTM state size of each direction (default: ${DEFAULT-VALUE}).")
        int hidden = 64;

        @Override
        public String group() {
            return "train";
        }

        @Override
        public Integer call() {
            PrintStream log = System.err;
            QuoteTraining.Trained trained = new QuoteTraining(new TaggerSettings(seed, epochs, projection, hidden, taggers),
                    log::println).train(data, EncoderSpec.DEFAULT.withThreads(Runtime.getRuntime().availableProcessors()));
            Path file = models.resolve(AttributionTagger.NAME + ".onnx");
            TrainingRecord.writeModel(file, trained.head());
            log.println("wrote " + file);
            return 0;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Scores the quotes layer against PolNeAR-style attributions: content precision, recall and F1",
                    "(a quote matches a gold attribution whose content it covers at least half of) and, over matched",
                    "pairs, speaker accuracy; for direct quotes (in quotation marks) and for the rest."})
    public static final class Eval implements Callable<Integer>, CliCommand {
        @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "A folder holding text/ and attributions/.")
        Path corpus;

        @Option(names = "--split", description = "Which articles: ${COMPLETION-CANDIDATES}. By default the validation"
                + " articles (20 %% held out of training) when DIR is the corpus the shipped head was trained on, all"
                + " articles otherwise.")
        Split split;

        @Override
        public String group() {
            return "eval";
        }

        @Override
        public Integer call() {
            EncoderSpec encoderSpec = EncoderSpec.DEFAULT;
            try (AttributionTagger tagger = AttributionTagger.load(encoderSpec)) {
                Split part = part(tagger);
                List<Article> articles;
                try (Resources resources = new Resources(encoderSpec.withThreads(Runtime.getRuntime().availableProcessors()))) {
                    // Speakers are named through the entities layer where a provider makes it, as in analysis.
                    Set<DataKey> inputs = Pipeline.writtenLayers().get(Entity.LAYER.name()) != null
                            ? Set.of(Encoding.VECTORS, Entity.LAYER) : Set.of(Encoding.VECTORS);
                    articles = AttributionCorpus.read(corpus, part, Pipeline.producing(resources, inputs));
                }
                QuoteScorer.Score score = QuoteEvaluation.evaluate(new Quotes(tagger), articles);
                System.out.printf(Locale.ROOT, "%d articles (%s)%n%s", articles.size(), part.name().toLowerCase(Locale.ROOT),
                        score.summary());
            }
            return 0;
        }

        private Split part(AttributionTagger tagger) {
            if (split != null) {
                return split;
            }
            Object trainedOn = tagger.head().provenance().data().get("fingerprint");
            return AttributionFiles.fingerprint(corpus).equals(trainedOn) ? Split.VALIDATION : Split.ALL;
        }
    }
}
