package org.rhetorica.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rhetorica.doc.Document;

/** What reading inputs gave, for tests: documents and failures, in order. */
record Reading(List<Document> documents, List<InputFailure> failures) {

    /** Reads {@code file} with default options. */
    static Reading of(Path file) {
        return of(file, IngestOptions.defaults());
    }

    static Reading of(Path file, IngestOptions options) {
        Ingest ingest = new Ingest(options);
        Reading reading = new Reading(new ArrayList<>(), new ArrayList<>());
        for (InputFile input : ingest.discover(List.of(file.toString()), reading.failures()::add)) {
            ingest.read(input, reading.documents()::add, reading.failures()::add);
        }
        return reading;
    }

    /** Reads {@code bytes} given as standard input. */
    static Reading ofStandardInput(byte[] bytes) {
        Ingest ingest = new Ingest(IngestOptions.defaults(), () -> new ByteArrayInputStream(bytes));
        Reading reading = new Reading(new ArrayList<>(), new ArrayList<>());
        ingest.read(InputFile.standardInput(), reading.documents()::add, reading.failures()::add);
        return reading;
    }

    /** Writes {@code bytes} to {@code folder/name} and reads it. */
    static Reading write(Path folder, String name, byte[] bytes) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, bytes);
            return of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reading write(Path folder, String name, String text) {
        return write(folder, name, text.getBytes(StandardCharsets.UTF_8));
    }

    Document only() {
        if (documents.size() != 1 || !failures.isEmpty()) {
            throw new AssertionError("expected one document and no failures, got " + documents + " and " + failures);
        }
        return documents.get(0);
    }

    List<String> texts() {
        return documents.stream().map(Document::text).toList();
    }

    List<String> ids() {
        return documents.stream().map(Document::id).toList();
    }
}
