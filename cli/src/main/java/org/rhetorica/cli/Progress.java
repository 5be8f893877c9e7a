package org.rhetorica.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how a long run advances: a progress bar (files done, rate, time left) on a terminal, plain
 * log lines every few seconds otherwise, so that logs of batch jobs stay readable.
 */
final class Progress implements AutoCloseable {
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final ProgressBar bar;
    private final PrintStream log;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long documents;
    private long lastLog = started;

    private Progress(ProgressBar bar, PrintStream log, long total) {
        this.bar = bar;
        this.log = log;
        this.total = total;
    }

    static Progress start(long totalFiles, PrintStream log) {
        boolean terminal = System.console() != null;
        ProgressBar bar = terminal
                ? new ProgressBarBuilder().setTaskName("analyzing").setInitialMax(totalFiles)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed().setConsumer(
                                new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(log)).build()
                : null;
        return new Progress(bar, log, totalFiles);
    }

    void document() {
        documents++;
    }

    void fileDone() {
        done++;
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(documents + " documents");
        } else if (System.nanoTime() - lastLog >= LOG_EVERY_NANOS) {
            lastLog = System.nanoTime();
            double seconds = (lastLog - started) / 1e9;
            double rate = documents / seconds;
            long left = done == 0 ? 0 : Math.round((total - done) * seconds / done);
            log.printf(java.util.Locale.ROOT, "%d/%d files, %d documents, %.1f documents/s, about %ds left%n",
                    done, total, documents, rate, left);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
