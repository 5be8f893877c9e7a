package org.rhetorica.text;

import java.util.List;
import java.util.Set;
import org.rhetorica.corpus.CorpusContributor;
import org.rhetorica.corpus.CorpusEntry;
import org.rhetorica.corpus.Facet;
import org.rhetorica.corpus.RecordFields;
import org.rhetorica.corpus.SpanRow;
import org.rhetorica.doc.Document;

/** Interview turns in a corpus index: their speakers; a tally per turn by role. */
public final class TurnCorpus implements CorpusContributor {
    private static final Facet SPEAKER = new Facet("speaker", "Speakers");
    private static final Set<String> IN_COLUMNS = Set.of("speaker", "role");

    @Override
    public String layer() {
        return Turn.LAYER.name();
    }

    @Override
    public List<Facet> facets() {
        return List.of(SPEAKER);
    }

    @Override
    public void contribute(Document doc, CorpusEntry entry) {
        for (Turn turn : doc.layer(Turn.LAYER)) {
            entry.facet(SPEAKER.name(), turn.speaker()).tally(layer(), role(turn), turn.speaker(), 1);
        }
    }

    @Override
    public List<SpanRow> rows(Document doc) {
        return doc.layer(Turn.LAYER).stream()
                .map(turn -> new SpanRow(turn.start(), turn.end(), turn.speaker(), role(turn), role(turn), null,
                        RecordFields.values(doc, turn, IN_COLUMNS)))
                .toList();
    }

    @Override
    public List<String> extraColumns() {
        return RecordFields.names(Turn.class, IN_COLUMNS);
    }

    private static String role(Turn turn) {
        return turn.role() == null ? null : turn.role().json();
    }
}
