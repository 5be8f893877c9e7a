package org.rhetorica.train.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rhetorica.cli.CliCommand;
import org.rhetorica.train.extraction.ExtractionEvaluation.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line tool of the extraction task: scores main-content extraction of HTML pages. */
public final class ExtractionCommands {
    private ExtractionCommands() {}

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Scores main-content extraction of HTML pages against reference extractions: token precision,",
                    "recall and F1 per page (bag of words), their means over pages and the F1 of all tokens together.",
                    "Pages are folders holding source.html and expected.html (as Mozilla Readability's test pages do)."})
    public static final class Eval implements Callable<Integer>, CliCommand {
        @Option(names = "--pages", required = true, paramLabel = "DIR",
                description = "A folder of page folders (e.g. ../shared/data/extraction-dev/pages).")
        Path pages;

        @Option(names = "--worst", paramLabel = "N", description = "Also list the N pages of lowest F1 (default: ${DEFAULT-VALUE}).")
        int worst = 15;

        @Override
        public String group() {
            return "eval";
        }

        @Override
        public Integer call() throws IOException {
            PrintStream out = System.out;
            List<Page> scored = ExtractionEvaluation.evaluate(pages);
            double p = scored.stream().mapToDouble(Page::precision).average().orElse(0);
            double r = scored.stream().mapToDouble(Page::recall).average().orElse(0);
            double f = scored.stream().mapToDouble(Page::f1).average().orElse(0);
            long predicted = scored.stream().mapToLong(Page::predicted).sum();
            long reference = scored.stream().mapToLong(Page::reference).sum();
            long overlap = scored.stream().mapToLong(Page::overlap).sum();
            double microP = predicted == 0 ? 0 : (double) overlap / predicted;
            double microR = reference == 0 ? 0 : (double) overlap / reference;
            out.printf(Locale.ROOT, "%d pages%n", scored.size());
            out.printf(Locale.ROOT, "macro  token P %.4f  R %.4f  F1 %.4f%n", p, r, f);
            out.printf(Locale.ROOT, "micro  token P %.4f  R %.4f  F1 %.4f%n", microP, microR, 2 * microP * microR / (microP + microR));
            out.printf(Locale.ROOT, "pages at F1 >= 0.9: %d; split into several documents: %d; with no document: %d%n",
                    scored.stream().filter(page -> page.f1() >= 0.9).count(), scored.stream().filter(page -> page.documents() > 1).count(),
                    scored.stream().filter(page -> page.documents() == 0).count());
            scored.stream().sorted(Comparator.comparingDouble(Page::f1)).limit(worst).forEach(page -> out.printf(Locale.ROOT,
                    "  %-45s F1 %.3f  P %.3f  R %.3f  documents %d%n", page.name(), page.f1(), page.precision(), page.recall(),
                    page.documents()));
            return 0;
        }
    }
}
