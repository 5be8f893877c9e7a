package org.rhetorica.train.entities;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.analysis.entities.Coreference;
import org.rhetorica.analysis.entities.EntityTagger;
import org.rhetorica.cli.CliCommand;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.train.Split;
import org.rhetorica.train.entities.GumCorpus.Doc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line tool of the entities layer's grouping: its score on GUM. */
public final class CorefCommands {
    private CorefCommands() {}

    @Command(name = "coref", mixinStandardHelpOptions = true,
            description = {"Scores how the entities layer groups mentions against GUM's coreference chains (MUC and B3)",
                    "over the people, organisations and places GUM names, from GUM's own names (what the grouping",
                    "adds to a perfect tagger) or, with --tagger, from the shipped entity tagger's."})
    public static final class Eval implements Callable<Integer>, CliCommand {
        @Option(names = "--gum", required = true, paramLabel = "DIR", description = "GUM's coreference folder, holding conll/ and tsv/.")
        Path corpus;

        @Option(names = "--split", description = "Which documents: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Split split = Split.VALIDATION;

        @Option(names = "--tagger", description = "Take the names from the shipped entity tagger instead of GUM's"
                + " (what the layer gives in analysis).")
        boolean tagger;

        @Option(names = "--grid", description = "Score a grid of the grouping's settings instead of the shipped ones"
                + " (for choosing them: run it on training documents).")
        boolean grid;

        @Override
        public String group() {
            return "eval";
        }

        @Override
        public Integer call() {
            List<Doc> docs = GumCorpus.read(corpus).stream().filter(doc -> split.contains(doc.id())).toList();
            System.out.printf(Locale.ROOT, "%d documents (%s), key: %s%n", docs.size(), split.name().toLowerCase(Locale.ROOT),
                    CorefEvaluation.keySize(docs));
            if (tagger) {
                System.out.print(taggerScore(docs).summary());
                return 0;
            }
            if (!grid) {
                System.out.print(score(docs, Coreference.Settings.DEFAULT).summary());
                return 0;
            }
            for (int reach : new int[] {1, 2, 3}) {
                for (double bonus : new double[] {0, 0.5, 1}) {
                    for (int nominalReach : new int[] {-1, 0, 1, 2}) {
                        for (boolean neuter : new boolean[] {false, true}) {
                            for (boolean plural : new boolean[] {false, true}) {
                                Coreference.Settings settings = new Coreference.Settings(reach, 0.5, bonus, nominalReach, neuter, plural);
                                CorefScorer.Score score = score(docs, settings);
                                System.out.printf(Locale.ROOT, "%s  MUC F1 %.4f  B3 F1 %.4f%n", settings, score.muc().f1(), score.b3().f1());
                            }
                        }
                    }
                }
            }
            return 0;
        }

        /** The grouping's score over the shipped tagger's names of each document's text, read as English. */
        private static CorefScorer.Score taggerScore(List<Doc> docs) {
            EncoderSpec encoderSpec = EncoderSpec.DEFAULT.withThreads(Runtime.getRuntime().availableProcessors());
            Coreference coreference = new Coreference(Coreference.Settings.DEFAULT);
            try (NerDocuments documents = new NerDocuments(encoderSpec); EntityTagger names = EntityTagger.load(encoderSpec)) {
                return CorefEvaluation.evaluate(docs, doc -> coreference.group(doc.text(), doc.sentences(), names.names(
                        documents.analyse(new NerCorpus.Text(doc.id(), doc.text(), List.of()), Path.of(doc.id())).doc())));
            }
        }

        private static CorefScorer.Score score(List<Doc> docs, Coreference.Settings settings) {
            Coreference coreference = new Coreference(settings);
            return CorefEvaluation.evaluate(docs, doc -> coreference.group(doc.text(), doc.sentences(), CorefEvaluation.goldNames(doc)));
        }
    }
}
