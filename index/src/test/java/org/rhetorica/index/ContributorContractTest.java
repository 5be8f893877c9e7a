package org.rhetorica.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.corpus.Contributors;
import org.rhetorica.corpus.CorpusContributor;
import org.rhetorica.corpus.CorpusEntry;
import org.rhetorica.corpus.Facet;
import org.rhetorica.corpus.SpanRow;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Post;
import org.rhetorica.text.Turn;

/**
 * What every registered contributor promises the index: facet values only in the facets it declares,
 * rows inside the text with exactly its declared extra columns, and a layer by a name no other
 * contributor has. A new layer's contributor is held to it without a test of its own.
 */
class ContributorContractTest {
    /** A fixture with every layer the contributors on the class path read. */
    private static Document everyLayer() {
        Document doc = CorpusFixtures.documents().get(2);
        int at = doc.text().indexOf("Petra Nyberg");
        Span name = new Span(at, at + "Petra Nyberg".length());
        return doc.with(Entity.LAYER, List.of(new Entity(name.start(), name.end(), Entity.PERSON, "e1", "Petra Nyberg", Entity.Kind.NAME)))
                .with(Post.LAYER, List.of(new Post(0, 5, "p1", null, 0, "someone", null, null, "2 hours ago", 3)))
                .with(Turn.LAYER, List.of(new Turn(6, 11, "Petra Nyberg", Turn.Role.INTERVIEWEE, null)))
                .with(ClaimSpan.LAYER, List.of(new ClaimSpan(name.start(), name.end(), 0.7, null, "c1", new ClaimSpan.KnownMatch(
                        "k1", "A known claim.", null, "False", "https://checks.example.org/k1", null, null, 0.9))));
    }

    @Test
    void everyContributorKeepsItsPromises() {
        Contributors contributors = Contributors.load();
        assertEquals(Set.of("claims", "entities", "posts", "quotes", "techniques", "turns"),
                contributors.all().stream().map(CorpusContributor::layer).collect(Collectors.toSet()),
                "the layers with a contributor (a new layer's joins this list)");
        Document doc = everyLayer();
        for (CorpusContributor contributor : contributors.all()) {
            CorpusEntry entry = new CorpusEntry();
            contributor.contribute(doc, entry);
            Set<String> declared = contributor.facets().stream().map(Facet::name).collect(Collectors.toSet());
            assertTrue(declared.containsAll(entry.facets().keySet()), contributor.layer() + " fills " + entry.facets().keySet());
            assertFalse(entry.facets().isEmpty() && entry.tallies().isEmpty(), contributor.layer() + " said nothing of its layer");
            List<SpanRow> rows = contributor.rows(doc);
            assertFalse(rows.isEmpty(), contributor.layer() + " gave no rows");
            for (SpanRow row : rows) {
                assertTrue(row.start() >= 0 && row.end() <= doc.text().length() && row.start() <= row.end(), contributor.layer());
                assertEquals(contributor.extraColumns(), List.copyOf(row.extra().keySet()), contributor.layer() + " extra columns");
            }
        }
    }
}
