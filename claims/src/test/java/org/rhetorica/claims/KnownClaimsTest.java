package org.rhetorica.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.io.InvalidInputException;

class KnownClaimsTest {
    private static final Path FIXTURES = Path.of("claims/src/test/resources/claims");

    @Test
    void csvWithHeaderQuotesAndBadRows() {
        KnownClaims known = KnownClaims.read(FIXTURES.resolve("known.csv"));
        assertEquals(List.of(
                new KnownClaim("kc-1", "The town of Brackenford banned bicycles from its bridges in 2019.",
                        "Did Brackenford ban bicycles on bridges?", "False", "https://checks.example.org/brackenford-bicycles",
                        "2021-03-04", null),
                new KnownClaim("kc-2", "Drinking seawater cures the common cold.", "Seawater and colds: a \"miracle\" cure?",
                        "False", "https://checks.example.org/seawater-cold", "2020-11-30", null),
                new KnownClaim("kc-3", "The Lindmoor dam supplies 40 percent of the region's electricity.", null, "Mostly true",
                        "https://checks.example.org/lindmoor-dam", "2022-06-15", null)), known.claims());
        assertEquals(List.of(FIXTURES.resolve("known.csv") + ":5: no id (fields: id, claim; optional title, verdict, url, date)",
                FIXTURES.resolve("known.csv") + ":6: id kc-2 appears before; this one is left out"), known.problems());
    }

    @Test
    void tsvWithAQuotedClaimOverTwoLines() {
        KnownClaims known = KnownClaims.read(FIXTURES.resolve("known.tsv"));
        assertEquals(List.of(
                new KnownClaim("7", "Every lighthouse on the Corran coast was switched off in March.", "Lighthouses dark?", null,
                        null, null, null),
                new KnownClaim("8", "A claim that runs\nover two lines.", null, null, null, null, null)), known.claims());
        assertEquals(List.of(), known.problems());
    }

    @Test
    void jsonLinesOfPlainRecordsAndClaimReviews() {
        KnownClaims known = KnownClaims.read(FIXTURES.resolve("known.jsonl"));
        assertEquals(List.of(
                new KnownClaim("j1", "The Velmar festival drew two million visitors last summer.", null, "Exaggerated",
                        "https://checks.example.org/velmar", null, null),
                new KnownClaim("https://checks.example.org/owls", "Owls in Harwick Forest were counted at 300 pairs.", null, "4/5",
                        "https://checks.example.org/owls", null, "Example Checks")), known.claims());
    }

    @Test
    void claimReviewJsonLdGraph() {
        KnownClaims known = KnownClaims.read(FIXTURES.resolve("reviews.jsonld"));
        assertEquals(List.of(
                new KnownClaim("https://checks.example.org/ferry#review", "The Ostby ferry was sold to a casino company.",
                        "No, the Ostby ferry was not sold to a casino", "False", "https://checks.example.org/ferry", "2023-02-01",
                        "Example Checks"),
                new KnownClaim("https://checks.example.org/rain", "It rained for 40 days in Quellin.", null, null,
                        "https://checks.example.org/rain", null, null)), known.claims());
    }

    @Test
    void queriesAsTsvWithHeaderAndAsJsonLines() {
        assertEquals(List.of(new QueryText("q1", "Brackenford council bans bikes on all its bridges!"),
                new QueryText("q2", "someone told me seawater gets rid of a cold")), QueryText.read(FIXTURES.resolve("queries.tsv")));
        assertEquals(List.of(new QueryText("q1", "Is the Lindmoor dam really behind 40% of our power?")),
                QueryText.read(FIXTURES.resolve("queries.jsonl")));
    }

    @Test
    void badFilesNameTheFileAndTheReason(@TempDir Path folder) throws IOException {
        Path empty = write(folder, "empty.csv", "id,claim\n");
        assertEquals(empty + ": no known claims", assertThrows(InvalidInputException.class, () -> KnownClaims.read(empty)).getMessage());
        Path broken = write(folder, "broken.jsonl", "{\"id\": \"a\", \"claim\": \"fine\"}\n{\"id\": \n");
        assertTrue(assertThrows(InvalidInputException.class, () -> KnownClaims.read(broken)).getMessage()
                .startsWith(broken + ":2: not valid JSON"));
        Path missing = folder.resolve("missing.csv");
        assertTrue(assertThrows(InvalidInputException.class, () -> KnownClaims.read(missing)).getMessage()
                .startsWith(missing + ": cannot read it"));
        Path noText = write(folder, "q.tsv", "q1\tfine\nq2\n");
        assertEquals(noText + ":2: no text (lines are id<TAB>text)",
                assertThrows(InvalidInputException.class, () -> QueryText.read(noText)).getMessage());
        Path repeated = write(folder, "r.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"a\",\"text\":\"y\"}\n");
        assertEquals(repeated + ":2: query id a appears before",
                assertThrows(InvalidInputException.class, () -> QueryText.read(repeated)).getMessage());
    }

    private static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
