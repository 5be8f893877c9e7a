package org.rhetorica.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.rhetorica.doc.Document;

/**
 * Every input parser, fuzzed: whatever the bytes, reading reports failures and never throws, and
 * every document it makes is sound. Each target starts from seeds of its format (the directory
 * {@code IngestFuzzTestInputs/<target>} beside this class's resources, which also keeps every input
 * that once broke a parser); in a plain test run only those replay. Formats are told by content, as
 * for standard input, so a mutated input may reach another parser too.
 */
class IngestFuzzTest {
    private static final IngestOptions OPTIONS = new IngestOptions(1 << 20);

    private static void read(byte[] bytes) {
        Ingest ingest = new Ingest(OPTIONS, () -> new ByteArrayInputStream(bytes));
        List<Document> documents = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        ingest.read(InputFile.standardInput(), documents::add, failures::add);
        for (Document doc : documents) {
            if (doc.text() == null || doc.id() == null || doc.id().isEmpty()) {
                throw new IllegalStateException("a document without text or id");
            }
        }
        for (InputFailure failure : failures) {
            if (failure.reason() == null || failure.reason().isBlank()) {
                throw new IllegalStateException("a failure without a reason: " + failure);
            }
        }
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void html(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void jsonLines(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void warc(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void telegram(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void twitter(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void reddit(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void mastodon(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void lemmy(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void youtube(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void feed(byte[] bytes) {
        read(bytes);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void csv(byte[] bytes) {
        read(bytes);
    }
}
