package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;

/** Metadata for plain text: a side file, the options, dates in file names, each date marked with its origin. */
class GivenMetadataTest {
    @TempDir
    Path folder;

    private List<Metadata> read(GivenMetadata given, Path input) {
        Ingest ingest = new Ingest(IngestOptions.defaults().withGiven(given));
        List<Metadata> read = new ArrayList<>();
        for (InputFile file : ingest.discover(List.of(input.toString()), f -> {
            throw new AssertionError(f);
        })) {
            ingest.read(file, doc -> read.add(doc.metadata()), f -> {
                throw new AssertionError(f);
            });
        }
        return read;
    }

    private static List<String> fields(Metadata m) {
        return java.util.Arrays.asList(m.origin().file(), m.title(), m.author(), m.published(), m.publishedFrom(), m.source());
    }

    @Test
    void eachDateSaysWhereItCameFrom() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve("2016-10-12_pier.txt"), "The pier reopens.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("20170301-market.txt"), "The market moves.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("letter.txt"), "A letter to the editor.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("listed.txt"), "A listed story.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("page.html"), "<html><head><meta property=\"article:published_time\" content=\"2015-05-05\">"
                + "</head><body><p>A page with its own date.</p></body></html>", StandardCharsets.UTF_8);
        Path side = Files.writeString(folder.resolve("meta.csv"), "file,title,author,published,source\n"
                + "listed.txt,Listed story,Ana Ruiz,2018-02-02,Harbour Post\n", StandardCharsets.UTF_8);
        GivenMetadata given = new GivenMetadata("Port Elling archive", null, GivenMetadata.readSideFile(side));

        assertEquals(List.of(
                java.util.Arrays.asList("corpus/2016-10-12_pier.txt", null, null, "2016-10-12", Metadata.FROM_FILENAME, "Port Elling archive"),
                java.util.Arrays.asList("corpus/20170301-market.txt", null, null, "2017-03-01", Metadata.FROM_FILENAME, "Port Elling archive"),
                java.util.Arrays.asList("corpus/letter.txt", null, null, null, null, "Port Elling archive"),
                java.util.Arrays.asList("corpus/listed.txt", "Listed story", "Ana Ruiz", "2018-02-02", Metadata.FROM_METADATA_FILE, "Harbour Post"),
                java.util.Arrays.asList("corpus/page.html", null, null, "2015-05-05", Metadata.FROM_MARKUP, "Port Elling archive")),
                read(given, corpus).stream().map(GivenMetadataTest::fields).toList());
    }

    @Test
    void thePublishedOptionFillsWhatHasNoDateAndASideFileMayBeJsonLines() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve("letter.txt"), "A letter to the editor.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("2016-10-12_pier.txt"), "The pier reopens.", StandardCharsets.UTF_8);
        Path side = Files.writeString(folder.resolve("meta.jsonl"), "{\"file\": \"corpus/letter.txt\", \"author\": \"Ola Lind\"}\n",
                StandardCharsets.UTF_8);
        List<Metadata> read = read(new GivenMetadata(null, "2020-01-01", GivenMetadata.readSideFile(side)), corpus);
        assertEquals(List.of(
                java.util.Arrays.asList("corpus/2016-10-12_pier.txt", null, null, "2020-01-01", Metadata.FROM_OPTION, null),
                java.util.Arrays.asList("corpus/letter.txt", null, "Ola Lind", "2020-01-01", Metadata.FROM_OPTION, null)),
                read.stream().map(GivenMetadataTest::fields).toList());
    }

    @Test
    void badDatesAndSideFilesSayWhatIsWrong() throws IOException {
        assertEquals("--published 'last week' is not an ISO 8601 date like 2016-10-12",
                assertThrows(IllegalArgumentException.class, () -> new GivenMetadata(null, "last week", Map.of())).getMessage());
        Path side = Files.writeString(folder.resolve("meta.csv"), "name,title\na.txt,A\n", StandardCharsets.UTF_8);
        assertEquals(side + " has no column \"file\" (columns: name, title)",
                assertThrows(IllegalArgumentException.class, () -> GivenMetadata.readSideFile(side)).getMessage());
    }
}
