package org.rhetorica.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.rhetorica.corpus.Tally;

/** A document's tallies as the bytes of one doc-values field, read back by the charts' aggregates. */
final class Tallies {
    private Tallies() {}

    static BytesRef encode(List<Tally> tallies) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(tallies.size());
            for (Tally tally : tallies) {
                out.writeString(tally.series());
                out.writeString(tally.label());
                out.writeByte((byte) (tally.speaker() == null ? 0 : 1));
                if (tally.speaker() != null) {
                    out.writeString(tally.speaker());
                }
                out.writeVInt(tally.count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to memory", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static List<Tally> decode(BytesRef bytes) {
        try {
            return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable tallies in the index", e);
        }
    }

    private static List<Tally> read(ByteArrayDataInput in) throws IOException {
        int size = in.readVInt();
        List<Tally> tallies = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String series = in.readString();
            String label = in.readString();
            String speaker = in.readByte() == 0 ? null : in.readString();
            tallies.add(new Tally(series, label, speaker, in.readVInt()));
        }
        return tallies;
    }
}
