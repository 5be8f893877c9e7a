package org.rhetorica.index;

import java.util.ArrayList;
import java.util.List;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Sentences;

/**
 * The passages search by meaning finds: up to {@value #SENTENCES} consecutive sentences of one
 * paragraph, each with the mean of its sentences' vectors, scaled to unit length.
 */
final class Passages {
    static final int SENTENCES = 3;

    /** A passage: its range and its unit vector. */
    record Passage(Span span, float[] vector) {}

    private Passages() {}

    /** @param sentenceVectors one vector per sentence of {@code doc}, or null for none */
    static List<Passage> of(Document doc, float[][] sentenceVectors) {
        List<Passage> passages = new ArrayList<>();
        if (sentenceVectors == null) {
            return passages;
        }
        List<Span> sentences = doc.layer(Sentences.LAYER);
        List<Span> paragraphs = doc.layer(Paragraphs.LAYER);
        int first = 0;
        for (int i = 0; i < sentences.size(); i++) {
            boolean last = i + 1 == sentences.size() || i + 1 - first == SENTENCES
                    || paragraphOf(paragraphs, sentences.get(i + 1)) != paragraphOf(paragraphs, sentences.get(first));
            if (last) {
                float[] vector = unit(mean(sentenceVectors, first, i + 1));
                if (vector != null) {
                    passages.add(new Passage(new Span(sentences.get(first).start(), sentences.get(i).end()), vector));
                }
                first = i + 1;
            }
        }
        return passages;
    }

    private static int paragraphOf(List<Span> paragraphs, Span sentence) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).contains(sentence.start())) {
                return p;
            }
        }
        return -1;
    }

    private static float[] mean(float[][] vectors, int from, int to) {
        float[] sum = new float[vectors[from].length];
        for (int i = from; i < to; i++) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vectors[i][d];
            }
        }
        return sum;
    }

    /** The vector scaled to length 1, or null when it is all zeros. */
    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return null;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            unit[d] = vector[d] * scale;
        }
        return unit;
    }
}
