package org.rhetorica.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.rhetorica.claims.ClaimClustering;
import org.rhetorica.corpus.Contributors;
import org.rhetorica.corpus.CorpusEntry;
import org.rhetorica.corpus.Tally;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.io.Hashes;

/** Makes analysed documents ready for the index; thread-safe, one per index run. */
final class Preparation {
    private final Contributors contributors;
    private final SentenceVectors vectors;
    private final NearDuplicates nearDuplicates = new NearDuplicates();
    private final ClaimClustering claims;

    Preparation(Contributors contributors, SentenceVectors vectors, ClaimClustering claims) {
        this.contributors = contributors;
        this.vectors = vectors;
        this.claims = claims;
    }

    /** @param hash the {@link #contentHash} of the document as read */
    Prepared prepare(Document analysed, String hash) {
        CorpusEntry entry = contributors.entry(analysed);
        int words = entry.tallies().stream().filter(t -> t.series().equals(org.rhetorica.analysis.quotes.QuoteCorpus.WORDS))
                .mapToInt(Tally::count).sum();
        return new Prepared(analysed.withoutAttachments(), hash, entry, Passages.of(analysed, vectors.sentences(analysed)),
                nearDuplicates.signature(analysed.text(), words), words, claims.vectors(analysed));
    }

    /**
     * What decides whether a document is already in the index: its id, what its metadata says of it
     * (title, source, date, address) and its text.
     */
    static String contentHash(Document doc) {
        Metadata meta = doc.metadata();
        MessageDigest digest = Hashes.digest();
        for (String part : new String[] {meta.id(), meta.title(), meta.source(), meta.published(), meta.url(), doc.text()}) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
