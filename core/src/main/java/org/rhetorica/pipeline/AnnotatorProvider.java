package org.rhetorica.pipeline;

/**
 * Makes an annotator. Providers are found with {@link java.util.ServiceLoader}: each stage lists its
 * own in {@code META-INF/services/org.rhetorica.pipeline.AnnotatorProvider}, so adding an annotator
 * never edits a central list.
 */
public interface AnnotatorProvider {
    /** A short stable name, used in timings and in {@code --skip}. */
    String name();

    /** Makes the annotator; heavy shared parts (the encoder) come from {@code resources}. */
    Annotator create(Resources resources);
}
