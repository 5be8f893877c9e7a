package org.rhetorica.analysis.techniques;

import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Spanned;

/**
 * A span that uses a persuasion technique.
 *
 * @param technique the technique's name in the Propaganda Techniques Corpus inventory ({@link Technique#label()})
 * @param score calibrated probability that the span uses this technique
 * @param speaker who speaks the span when it lies inside a quote, interview turn or forum post;
 *     null when it is the document's own voice
 */
public record TechniqueSpan(int start, int end, String technique, double score, String speaker) implements Spanned {
    public static final Layer<TechniqueSpan> LAYER = Layer.written("techniques", TechniqueSpan.class);
}
