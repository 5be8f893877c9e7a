package org.rhetorica.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.LayerRegistry;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.ingest.InputFile;
import org.rhetorica.pipeline.Batch;

/**
 * Reads inputs for the index: Rhetorica's own results ({@code .json} files, {@code .jsonl} files of
 * one result a line) back into analysed documents with every layer, and anything else through
 * {@link Ingest} as new documents to analyse.
 */
public final class ResultFiles implements Batch.Reader {
    private static final String FORMAT_MARK = "\"rhetorica-document/";
    private static final int HEAD = 4096;

    private final Ingest ingest;
    private final LayerRegistry layers;
    private final long maxBytes;

    public ResultFiles(Ingest ingest, LayerRegistry layers, long maxBytes) {
        this.ingest = ingest;
        this.layers = layers;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(InputFile file, Consumer<Document> documents, Consumer<InputFailure> failures) {
        String name = file.lowerName();
        boolean json = name.endsWith(".json");
        if (file.isStandardInput() || !(json || name.endsWith(".jsonl")) || !holdsResults(file)) {
            ingest.read(file, documents, failures);
            return;
        }
        String text;
        try {
            if (Files.size(file.path()) > maxBytes) {
                failures.accept(new InputFailure(file.display(), "file is larger than the limit of " + maxBytes + " bytes"));
                return;
            }
            text = Files.readString(file.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            failures.accept(new InputFailure(file.display(), "cannot read: " + e.getMessage()));
            return;
        }
        if (json) {
            readOne(file.display(), text, documents, failures);
            return;
        }
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                readOne(file.display() + " line " + (i + 1), lines[i], documents, failures);
            }
        }
    }

    private void readOne(String where, String json, Consumer<Document> documents, Consumer<InputFailure> failures) {
        Document doc;
        try {
            doc = DocumentJson.read(json, layers);
        } catch (IllegalArgumentException e) {
            failures.accept(new InputFailure(where, "not a readable Rhetorica result: " + e.getMessage()));
            return;
        }
        documents.accept(doc);
    }

    /** Whether the file starts like a Rhetorica result: its format named in its first few kilobytes. */
    private static boolean holdsResults(InputFile file) {
        try (var in = Files.newInputStream(file.path())) {
            return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8).contains(FORMAT_MARK);
        } catch (IOException e) {
            return false; // the ingest reports it
        }
    }
}
