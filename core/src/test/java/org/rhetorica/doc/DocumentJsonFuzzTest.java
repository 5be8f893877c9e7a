package org.rhetorica.doc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.rhetorica.pipeline.Pipeline;

/**
 * The reader of Rhetorica's own JSON, fuzzed: any text is read into a document or refused with an
 * {@link IllegalArgumentException} naming what is wrong; nothing else escapes. Seeds:
 * {@code DocumentJsonFuzzTestInputs/read}.
 */
class DocumentJsonFuzzTest {
    private static final LayerRegistry LAYERS = Pipeline.writtenLayers();

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void read(String json) {
        try {
            DocumentJson.read(json, LAYERS);
        } catch (IllegalArgumentException expected) {
            // refused, with a reason: the contract
        }
    }
}
