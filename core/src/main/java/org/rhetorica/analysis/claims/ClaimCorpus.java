package org.rhetorica.analysis.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.corpus.CorpusContributor;
import org.rhetorica.corpus.CorpusEntry;
import org.rhetorica.corpus.Facet;
import org.rhetorica.corpus.SpanRow;
import org.rhetorica.doc.Document;

/**
 * The claims layer in a corpus index: the facet {@code verdict} (of the fact-checked claims the
 * document's claims repeat), a tally per claim by speaker, and a row per claim with its cluster and
 * its known match.
 */
public final class ClaimCorpus implements CorpusContributor {
    public static final Facet VERDICT = new Facet("verdict", "Fact-check verdicts");
    private static final List<String> EXTRA = List.of("cluster", "known_id", "known_claim", "known_verdict", "known_url",
            "known_score");

    @Override
    public String layer() {
        return ClaimSpan.LAYER.name();
    }

    @Override
    public List<Facet> facets() {
        return List.of(VERDICT);
    }

    @Override
    public void contribute(Document doc, CorpusEntry entry) {
        for (ClaimSpan claim : doc.layer(ClaimSpan.LAYER)) {
            entry.tally(layer(), "", claim.speaker(), 1);
            if (claim.known() != null) {
                entry.facet(VERDICT.name(), claim.known().verdict());
            }
        }
    }

    @Override
    public List<SpanRow> rows(Document doc) {
        return doc.layer(ClaimSpan.LAYER).stream().map(claim -> {
            ClaimSpan.KnownMatch known = claim.known();
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("cluster", claim.cluster());
            extra.put("known_id", known == null ? null : known.id());
            extra.put("known_claim", known == null ? null : known.claim());
            extra.put("known_verdict", known == null ? null : known.verdict());
            extra.put("known_url", known == null ? null : known.url());
            extra.put("known_score", known == null ? null : Double.toString(known.score()));
            return new SpanRow(claim.start(), claim.end(), claim.speaker(), null, null, claim.score(), extra);
        }).toList();
    }

    @Override
    public List<String> extraColumns() {
        return EXTRA;
    }
}
