package org.rhetorica.cli;

import org.rhetorica.index.EncoderSentenceVectors;
import org.rhetorica.index.SentenceVectors;
import org.rhetorica.models.Encoding;
import org.rhetorica.pipeline.Resources;

/** What the corpus commands share. */
final class Workbenches {
    private Workbenches() {}

    /** The sentence vectors of the pipeline's own encoder, loaded once with it. */
    static SentenceVectors vectors(Resources resources) {
        return new EncoderSentenceVectors(Encoding.sharedEncoder(resources));
    }
}
