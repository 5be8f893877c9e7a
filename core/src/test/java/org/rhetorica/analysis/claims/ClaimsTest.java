package org.rhetorica.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.text.Post;

/** The claims layer as analysis makes it, with the shipped check-worthiness head. */
class ClaimsTest {
    private static final String ARTICLE = """
            Tarnby raises its parking fees again

            By Ola Lund

            The council of Tarnby raised parking fees by 40 percent in March, the third rise since 2019.

            Good evening, and thank you all for coming.

            "Unemployment in the region fell to 3.1 percent last year," said Ida Brun, the mayor.

            What a lovely evening this is. I hope you enjoy the music.

            The new bridge cost 12 million euros, twice what the council had planned.
            """;

    @Test
    void anArticlesClaimsAreItsCheckableSentencesNotItsGreetingsOrByline() {
        Document doc = analyse(ARTICLE);
        assertEquals(List.of("Tarnby raises its parking fees again / null",
                "The council of Tarnby raised parking fees by 40 percent in March, the third rise since 2019. / null",
                "\"Unemployment in the region fell to 3.1 percent last year,\" said Ida Brun, the mayor. / Ida Brun",
                "The new bridge cost 12 million euros, twice what the council had planned. / null"), claims(doc));
        for (ClaimSpan claim : doc.layer(ClaimSpan.LAYER)) {
            assertTrue(claim.score() >= 0.5 && claim.score() <= 1, claim.toString());
            assertEquals(null, claim.cluster());
            assertEquals(null, claim.known());
        }
    }

    @Test
    void aThreadsClaimsLieInPostsAndAreTheirAuthors() throws Exception {
        Document doc = analyse(Files.readString(Path.of("samples/forum-thread.txt")));
        assertEquals(List.of("Other cities have done it and their centres are thriving. / riverside_walker",
                "My suppliers can't deliver by tram. / shopkeeper_lena",
                "Every few years the same activists want to wreck the centre and call it progress. / grumpy_commuter"), claims(doc));
        for (ClaimSpan claim : doc.layer(ClaimSpan.LAYER)) {
            assertTrue(doc.layer(Post.LAYER).stream().anyMatch(post -> post.contains(claim)));
        }
    }

    private static List<String> claims(Document doc) {
        return doc.layer(ClaimSpan.LAYER).stream().map(claim -> doc.text(claim) + " / " + claim.speaker()).toList();
    }

    private static Document analyse(String text) {
        try (Resources resources = Resources.defaults()) {
            return Pipeline.standard(resources, Set.of())
                    .annotate(Document.of(text, Metadata.of("claims-test", new Origin("-", 0, text.length(), null))));
        }
    }
}
