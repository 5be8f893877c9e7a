package org.rhetorica.models;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.PipelineSpec;
import org.rhetorica.doc.Spanned;
import org.rhetorica.io.ClassPath;
import org.rhetorica.io.Hashes;

/**
 * The shared transformer encoder: one pass over each window of a text gives every learned layer its
 * token vectors. Loads the ONNX graph and tokenizer from the class path (they ship inside a Maven
 * Central artifact), so nothing is downloaded. Thread-safe; close it to free the native session.
 */
public final class TextEncoder implements AutoCloseable {
    private final EncoderSpec spec;
    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean wantsTypeIds;
    private final long clsId;
    private final long sepId;
    private final int dim;
    private final PipelineSpec.Encoder identity;

    private TextEncoder(EncoderSpec spec, HuggingFaceTokenizer tokenizer, OrtSession session, OrtEnvironment environment,
            String graphSha256) {
        this.spec = spec;
        this.identity = new PipelineSpec.Encoder(spec.model(), spec.layers(), spec.windowTokens(), graphSha256);
        this.tokenizer = tokenizer;
        this.session = session;
        this.environment = environment;
        this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
        long[] specials = tokenizer.encode("", true, false).getIds();
        this.clsId = specials[0];
        this.sepId = specials[specials.length - 1];
        try {
            long[] shape = ((ai.onnxruntime.TensorInfo) session.getOutputInfo().values().iterator().next().getInfo()).getShape();
            this.dim = (int) shape[shape.length - 1];
        } catch (OrtException e) {
            throw new IllegalStateException("encoder graph has no readable output", e);
        }
    }

    /** Loads the encoder named by {@code spec} from the class path. */
    public static TextEncoder load(EncoderSpec spec) {
        byte[] graph = EncoderGraph.truncate(resource(spec.model() + ".onnx"), spec.layers());
        HuggingFaceTokenizer tokenizer;
        try (InputStream json = new java.io.ByteArrayInputStream(resource(spec.model() + "-tokenizer.json"))) {
            // The shipped tokenizer truncates and pads to 128 by default: windows are cut here instead.
            tokenizer = HuggingFaceTokenizer.newInstance(json,
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer of " + spec.model(), e);
        }
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(spec.threads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return new TextEncoder(spec, tokenizer, environment.createSession(graph, options), environment, Hashes.sha256(graph));
        } catch (OrtException e) {
            tokenizer.close();
            throw new IllegalStateException("cannot start encoder " + spec.model(), e);
        }
    }

    private static byte[] resource(String name) {
        return ClassPath.read(name, "encoder resource " + name + " is not on the class path");
    }


    public EncoderSpec spec() {
        return spec;
    }

    /** What identifies the vectors this encoder gives: model, depth, window and the graph's SHA-256. */
    public PipelineSpec.Encoder identity() {
        return identity;
    }

    public int dim() {
        return dim;
    }

    /**
     * Encodes {@code text}. Windows are filled with whole sentences where they fit, so that a word
     * rarely loses the context of its own sentence; a sentence longer than a window is split.
     *
     * @param sentences sentence spans in text order (UTF-16); may be empty
     */
    public EncodedText encode(String text, List<? extends Spanned> sentences) {
        Encoding encoding = tokenizer.encode(text, false, false);
        long[] ids = encoding.getIds();
        CharSpan[] spans = encoding.getCharTokenSpans();
        CodePoints codePoints = new CodePoints(text);
        long[] wordIds = encoding.getWordIds();
        int n = ids.length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = (int) wordIds[i];
            // The tokenizer counts code points; documents index UTF-16.
            starts[i] = codePoints.toUtf16(spans[i].getStart());
            ends[i] = codePoints.toUtf16(spans[i].getEnd());
        }
        PieceVectors vectors = new PieceVectors(n, dim);
        List<int[]> windows = windows(starts, sentences, spec.windowTokens() - 2);
        for (int b = 0; b < windows.size(); b += spec.batchWindows()) {
            run(ids, windows.subList(b, Math.min(windows.size(), b + spec.batchWindows())), vectors);
        }
        return new EncodedText(starts, ends, words, vectors);
    }

    /**
     * Token ranges {@code [from, to)} of windows of at most {@code capacity} tokens, breaking at
     * sentence starts where possible.
     */
    static List<int[]> windows(int[] tokenStarts, List<? extends Spanned> sentences, int capacity) {
        int n = tokenStarts.length;
        boolean[] sentenceStart = new boolean[n + 1];
        int token = 0;
        for (Spanned sentence : sentences) {
            while (token < n && tokenStarts[token] < sentence.start()) {
                token++;
            }
            sentenceStart[token] = true;
        }
        List<int[]> windows = new ArrayList<>();
        int from = 0;
        while (from < n) {
            int to = Math.min(n, from + capacity);
            if (to < n) {
                int cut = to;
                while (cut > from && !sentenceStart[cut]) {
                    cut--;
                }
                if (cut > from) {
                    to = cut;
                }
            }
            windows.add(new int[] {from, to});
            from = to;
        }
        return windows;
    }

    private void run(long[] ids, List<int[]> batch, PieceVectors vectors) {
        int longest = 0;
        for (int[] window : batch) {
            longest = Math.max(longest, window[1] - window[0] + 2);
        }
        long[][] inputIds = new long[batch.size()][longest];
        long[][] mask = new long[batch.size()][longest];
        for (int w = 0; w < batch.size(); w++) {
            int[] window = batch.get(w);
            int length = window[1] - window[0];
            inputIds[w][0] = clsId;
            System.arraycopy(ids, window[0], inputIds[w], 1, length);
            inputIds[w][length + 1] = sepId;
            java.util.Arrays.fill(mask[w], 0, length + 2, 1L);
        }
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            feeds.put("input_ids", OnnxTensor.createTensor(environment, inputIds));
            feeds.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            if (wantsTypeIds) {
                feeds.put("token_type_ids", OnnxTensor.createTensor(environment, new long[batch.size()][longest]));
            }
            try (OrtSession.Result result = session.run(feeds)) {
                FloatBuffer output = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int w = 0; w < batch.size(); w++) {
                    int[] window = batch.get(w);
                    // Row 0 of each window is [CLS]: the window's first token is row 1.
                    output.position((w * longest + 1) * dim);
                    vectors.put(window[0], output, window[1] - window[0]);
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("encoder failed on a batch of " + batch.size() + " windows", e);
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close encoder session", e);
        } finally {
            tokenizer.close();
        }
    }
}
