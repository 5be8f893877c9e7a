package org.rhetorica.train;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The one split of every corpus into training, development and validation documents, by document:
 * a checksum of the document's id decides, so the split never depends on file order and a document
 * never has sentences on both sides.
 */
public enum Split {
    /** What models learn from: about 70 % of the documents. */
    TRAINING,
    /** About 10 %: chooses epochs, thresholds and calibration. */
    DEVELOPMENT,
    /** About 20 %: never seen in training or choices; the scores reported. */
    VALIDATION,
    /** Every document. */
    ALL;

    /** The rule in words, for models' provenance. */
    public static final String RULE = "CRC32 of the document id mod 10: 0 and 5 validation, 1 development, others training";

    public boolean contains(String documentId) {
        return this == ALL || of(documentId) == this;
    }

    /** The part a document belongs to. */
    public static Split of(String documentId) {
        CRC32 crc = new CRC32();
        crc.update(documentId.getBytes(StandardCharsets.UTF_8));
        long bucket = crc.getValue() % 10;
        return bucket == 0 || bucket == 5 ? VALIDATION : bucket == 1 ? DEVELOPMENT : TRAINING;
    }
}
