package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;

class JsonLinesIngestTest {
    @TempDir
    Path folder;

    @Test
    void readsEveryGoodLineAndReportsEachBadOneWithItsNumber() {
        String lines = String.join("\n",
                "{\"id\": \"fair-1\", \"text\": \"The spring fair opens on Saturday.\", \"title\": \"Fair opens\","
                        + " \"url\": \"https://herald.example/fair\", \"source\": \"Millbrook Herald\", \"published\": \"2026-05-09\"}",
                "{\"text\": \"  No id on this line, so the line number names it.  \"}",
                "",
                "{\"id\": \"bridge\", \"title\": \"Bridge repairs\", \"html\": \"<html><head><title>Ignored</title>"
                        + "<meta name='author' content='Ida Marsh'></head><body><nav>Menu</nav>"
                        + "<p>The bridge closes for repairs in June.</p></body></html>\"}",
                "this line is not JSON",
                "{\"id\": \"cut\", \"text\": \"The line was cut off in the mid",
                "[\"an\", \"array\"]",
                "{\"id\": \"empty\", \"text\": \"   \"}",
                "{\"id\": \"number\", \"text\": 42}",
                "{\"id\": \"nothing\", \"title\": \"No text at all\"}",
                "{\"id\": \"fair-1\", \"text\": \"A second line with the same id.\"}",
                "");
        Reading reading = Reading.write(folder, "feed.jsonl", lines);
        String file = "feed.jsonl";
        assertEquals(List.of("fair-1", "feed#2", "bridge", "feed#11"), reading.ids());
        assertEquals(List.of("The spring fair opens on Saturday.", "No id on this line, so the line number names it.",
                "The bridge closes for repairs in June.", "A second line with the same id."), reading.texts());
        assertEquals(new Metadata("fair-1", new Origin(file, 0, 180, "line 1"), "Fair opens", null, "2026-05-09", Metadata.FROM_MARKUP,
                "Millbrook Herald", "https://herald.example/fair", null, List.of(), null), reading.documents().get(0).metadata());
        assertEquals(new Origin(file, 181, 245, "line 2"), reading.documents().get(1).metadata().origin());
        Metadata bridge = reading.documents().get(2).metadata();
        assertEquals(List.of("Bridge repairs", "Ida Marsh"), List.of(bridge.title(), bridge.author()));
        assertEquals(List.of("id \"fair-1\" is used by an earlier line; renamed feed#11"),
                reading.documents().get(3).metadata().warnings());
        assertEquals(List.of(
                new InputFailure(file + " (line 5)", "not valid JSON: Unrecognized token 'this': was expecting"
                        + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                new InputFailure(file + " (line 6)", "not valid JSON: Unexpected end-of-input: was expecting closing quote"
                        + " for a string value"),
                new InputFailure(file + " (line 7)", "not a JSON object"),
                new InputFailure(file + " (line 8)", "no text found"),
                new InputFailure(file + " (line 9)", "\"text\" is not a string"),
                new InputFailure(file + " (line 10)", "has neither a \"text\" nor an \"html\" field")), reading.failures());
    }

    @Test
    void namesTheStoriesOfOneLinesHtmlAfterItsId() {
        String story = "<article><h2>%s</h2><p>%s</p><p>It was the first time in the long history of the town that this happened, and everyone talked about it for weeks.</p></article>";
        String html = "<html><body>" + String.format(story, "Fair opens", "The spring fair opens on Saturday with a parade.")
                + String.format(story, "Buses return", "Night buses return to the valley line from Friday.") + "</body></html>";
        Reading reading = Reading.write(folder, "pages.ndjson", "{\"id\": \"p\", \"html\": \"" + html.replace("'", "\\u0027") + "\"}\n");
        assertEquals(List.of("p#1", "p#2"), reading.ids());
        assertEquals(List.of("Fair opens", "Buses return"),
                reading.documents().stream().map(doc -> doc.metadata().title()).toList());
    }

    @Test
    void findsJsonLinesByContentWhenTheExtensionSaysNothing() {
        Document doc = Reading.write(folder, "export.data", "{\"id\": \"x\", \"text\": \"Read as JSON Lines.\"}\n").only();
        assertEquals("x", doc.id());
        assertEquals("Read as JSON Lines.", doc.text());
    }
}
