package org.rhetorica.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;

/** Known-claim matching with the shipped encoder and re-ranker, on a list of claims written for this test. */
class KnownClaimMatchTest {
    private static final Path FIXTURES = Path.of("claims/src/test/resources/claims");
    private static EncoderTextVectors vectors;
    private static Reranker reranker;

    @BeforeAll
    static void load() {
        vectors = EncoderTextVectors.matching(1);
        reranker = Reranker.load();
    }

    @AfterAll
    static void close() {
        vectors.close();
        reranker.close();
    }

    private static ClaimMatcher matcher(KnownClaims known) {
        return new ClaimMatcher(known, vectors, ClaimMatcher.embed(known, vectors, null), reranker);
    }

    @Test
    void eachQueryFindsTheClaimItRepeatsWithItsVerdictAndLink() {
        KnownClaims known = KnownClaims.read(FIXTURES.resolve("known.csv"));
        try (ClaimMatcher matcher = matcher(known)) {
            List<List<ClaimMatcher.Match>> matches = matcher.match(
                    QueryText.read(FIXTURES.resolve("queries.tsv")).stream().map(QueryText::text).toList(), 3, 0);
            ClaimMatcher.Match bikes = matches.get(0).get(0);
            assertEquals("kc-1", bikes.claim().id());
            assertEquals(1, bikes.rank());
            assertEquals("False", bikes.claim().verdict());
            assertEquals("https://checks.example.org/brackenford-bicycles", bikes.claim().url());
            assertTrue(bikes.score() > 0.5, "score " + bikes.score());
            assertEquals("kc-2", matches.get(1).get(0).claim().id());
            assertTrue(matches.get(0).get(1).score() < bikes.score());
        }
    }

    @Test
    void aDocumentsClaimGetsTheKnownClaimItMatchesAndAClaimReview() {
        KnownClaims known = KnownClaims.read(FIXTURES.resolve("known.csv"));
        String text = "Residents were angry. The council of Brackenford has banned bicycles from every bridge in town. "
                + "The weather was fine. Brackenford will paint new bicycle lanes on two bridges next spring.";
        int start = text.indexOf("The council");
        int end = text.indexOf(" The weather");
        int other = text.indexOf("The weather");
        int lanes = text.indexOf("Brackenford will");
        Document doc = Document.of(text, Metadata.of("bridges", new Origin("bridges.txt", 0, text.length(), null)))
                .with(ClaimSpan.LAYER, List.of(new ClaimSpan(start, end, 0.9, "Mayor Ida Brun", null, null),
                        new ClaimSpan(other, lanes - 1, 0.6, null, null, null),
                        new ClaimSpan(lanes, text.length(), 0.8, null, null, null)));
        try (ClaimMatcher matcher = matcher(known); SameClaim same = SameClaim.load()) {
            Document matched = new KnownClaimMatches(matcher, same, 0.5).apply(doc);
            ClaimSpan claim = matched.layer(ClaimSpan.LAYER).get(0);
            assertEquals("kc-1", claim.known().id());
            assertEquals("False", claim.known().verdict());
            assertEquals("https://checks.example.org/brackenford-bicycles", claim.known().url());
            assertNull(matched.layer(ClaimSpan.LAYER).get(1).known());
            // Another claim on the same topic: the re-ranker scores kc-1 above the least score shown,
            // and the same-claim check turns it down.
            String lanesClaim = doc.text(matched.layer(ClaimSpan.LAYER).get(2));
            assertEquals("kc-1", matcher.match(List.of(lanesClaim), 1, KnownClaimMatches.DEFAULT_MIN_SCORE).get(0).get(0).claim().id());
            assertNull(matched.layer(ClaimSpan.LAYER).get(2).known());

            String review = ClaimReviews.write(known.claims().get(0), doc.text(claim), claim.speaker(), "https://news.example.org/a",
                    "2024-05-01", 0.9).toString();
            assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\","
                    + "\"url\":\"https://checks.example.org/brackenford-bicycles\",\"name\":\"Did Brackenford ban bicycles on bridges?\","
                    + "\"datePublished\":\"2021-03-04\","
                    + "\"claimReviewed\":\"The town of Brackenford banned bicycles from its bridges in 2019.\","
                    + "\"reviewRating\":{\"@type\":\"Rating\",\"alternateName\":\"False\"},"
                    + "\"itemReviewed\":{\"@type\":\"Claim\",\"author\":{\"@type\":\"Person\",\"name\":\"Mayor Ida Brun\"},"
                    + "\"datePublished\":\"2024-05-01\",\"appearance\":{\"@type\":\"CreativeWork\",\"url\":\"https://news.example.org/a\","
                    + "\"text\":\"The council of Brackenford has banned bicycles from every bridge in town.\"}},"
                    + "\"rhetorica:knownClaimId\":\"kc-1\",\"rhetorica:matchScore\":0.9}", review);
        }
    }

    @Test
    void aClaimListedTwiceInTheSameWordsFollowsItsFirstListing(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("twice.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"claim\": \"The Ostby ferry was sold to a casino company.\"}\n"
                + "{\"id\": \"b\", \"claim\": \"Seals have returned to the Corran estuary.\"}\n"
                + "{\"id\": \"c\", \"claim\": \"The Ostby ferry was sold to a \\\"casino\\\" company\"}\n", StandardCharsets.UTF_8);
        try (ClaimMatcher matcher = matcher(KnownClaims.read(file))) {
            List<ClaimMatcher.Match> matches = matcher.match(List.of("they sold the Ostby ferry to a casino!"), 3, 0).get(0);
            assertEquals(List.of("a", "c", "b"), matches.stream().map(m -> m.claim().id()).toList());
            assertEquals(List.of(1, 2, 3), matches.stream().map(ClaimMatcher.Match::rank).toList());
            assertTrue(matches.get(1).score() < matches.get(0).score());
        }
    }
}
