package org.rhetorica.train.entities;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.analysis.entities.EntityTagger;
import org.rhetorica.cli.CliCommand;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.train.heads.TaggerSettings;
import org.rhetorica.train.heads.TrainingRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line tools of the entity tagger: train and evaluate. */
public final class EntityCommands {
    private EntityCommands() {}

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = {"Trains the entity tagger of the entities layer on IOB files and writes it, with its provenance,",
                    "threshold and scores, to models/" + EntityTagger.NAME + ".onnx. Development documents are held out",
                    "of the first --data file (the domain scored); --validation scores the result on a file of its own."})
    public static final class Train implements Callable<Integer>, CliCommand {
        @Option(names = "--data", required = true, paramLabel = "FILE",
                description = "An IOB file to learn from (repeat for more; e.g. ../shared/data/ner-train/uner-en-ewt-train.iob2).")
        List<Path> data = new ArrayList<>();

        @Option(names = "--validation", paramLabel = "FILE",
                description = "An IOB file to score the result on (e.g. ../shared/data/ner-train/uner-en-ewt-dev.iob2).")
        Path validation;

        @Option(names = "--models", paramLabel = "DIR", description = "Where to write the head (default: ${DEFAULT-VALUE}).")
        Path models = Path.of("models");

        @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed = 17;

        @Option(names = "--epochs", description = "Epochs of each tagger (default: ${DEFAULT-VALUE}).")
        int epochs = 12;

        @Option(names = "--taggers", description = "Taggers averaged, each with its own seed (default: ${DEFAULT-VALUE}).")
        int taggers = 2;

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
            EntityTraining.Trained trained = new EntityTraining(new TaggerSettings(seed, epochs, projection, hidden, taggers),
                    log::println).train(data, validation, EncoderSpec.DEFAULT.withThreads(Runtime.getRuntime().availableProcessors()));
            Path file = models.resolve(EntityTagger.NAME + ".onnx");
            TrainingRecord.writeModel(file, trained.head());
            log.println("wrote " + file);
            return 0;
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = {"Scores the shipped entity tagger's names against an IOB file: exact-span precision, recall and F1",
                    "of PERSON, ORGANIZATION and LOCATION and over all (micro), as CoNLL scores them."})
    public static final class Eval implements Callable<Integer>, CliCommand {
        @Option(names = "--conll", required = true, paramLabel = "FILE",
                description = "An IOB file (UNER, BTC, WNUT-17 or wikigold columns).")
        Path file;

        @Override
        public String group() {
            return "eval";
        }

        @Override
        public Integer call() {
            EncoderSpec encoderSpec = EncoderSpec.DEFAULT.withThreads(Runtime.getRuntime().availableProcessors());
            List<NerCorpus.Doc> docs = new ArrayList<>();
            try (NerDocuments documents = new NerDocuments(encoderSpec)) {
                NerCorpus.read(file).forEach(text -> docs.add(documents.analyse(text, file)));
            }
            try (EntityTagger tagger = EntityTagger.load(encoderSpec)) {
                NerScorer score = EntityTraining.evaluate(tagger, docs);
                System.out.printf(Locale.ROOT, "%d documents of %s%n%s", docs.size(), file.getFileName(), score.summary());
            }
            return 0;
        }
    }
}
