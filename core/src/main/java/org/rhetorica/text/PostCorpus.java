package org.rhetorica.text;

import java.util.List;
import java.util.Set;
import org.rhetorica.corpus.CorpusContributor;
import org.rhetorica.corpus.CorpusEntry;
import org.rhetorica.corpus.Facet;
import org.rhetorica.corpus.RecordFields;
import org.rhetorica.corpus.SpanRow;
import org.rhetorica.doc.Document;

/** Forum posts in a corpus index: their authors are speakers; a tally per post. */
public final class PostCorpus implements CorpusContributor {
    private static final Facet SPEAKER = new Facet("speaker", "Speakers");
    private static final Set<String> IN_COLUMNS = Set.of("author");

    @Override
    public String layer() {
        return Post.LAYER.name();
    }

    @Override
    public List<Facet> facets() {
        return List.of(SPEAKER);
    }

    @Override
    public void contribute(Document doc, CorpusEntry entry) {
        for (Post post : doc.layer(Post.LAYER)) {
            entry.facet(SPEAKER.name(), post.author()).tally(layer(), "", post.author(), 1);
        }
    }

    @Override
    public List<SpanRow> rows(Document doc) {
        return doc.layer(Post.LAYER).stream()
                .map(post -> new SpanRow(post.start(), post.end(), post.author(), null, null, null,
                        RecordFields.values(doc, post, IN_COLUMNS)))
                .toList();
    }

    @Override
    public List<String> extraColumns() {
        return RecordFields.names(Post.class, IN_COLUMNS);
    }
}
