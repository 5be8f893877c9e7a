package org.rhetorica.train.heads;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.rhetorica.models.Mlp;
import org.rhetorica.models.Tagger;

/**
 * Trains {@link Tagger}s on DJL's PyTorch engine and keeps the epoch that scores best on held-out
 * data. DJL's bidirectional LSTM hands libtorch its weights in the wrong order, so the two
 * directions are two LSTMs, the second reading the chunk reversed.
 */
public final class TaggerTrainer {
    /**
     * @param projection size of the dense layer before the LSTM
     * @param hidden LSTM state size per direction
     * @param outputWeights loss weight of each output (sigmoid taggers), or null
     */
    public record Settings(int projection, int hidden, float dropout, float learningRate, float weightDecay,
            int epochs, int batchSize, long seed, boolean softmax, float[] outputWeights) {}

    /**
     * Training chunks: {@code features[c]} is {@code pieces × featureCount} row-major, {@code targets[c]}
     * is {@code pieces × outputs} (0/1 for sigmoid taggers, one-hot for softmax ones); chunks may be
     * shorter than the longest (they are padded and masked).
     */
    public record Chunks(List<float[]> features, List<float[]> targets, int featureCount, int outputs) {}

    public record Result(Tagger tagger, int epoch, double score) {}

    private TaggerTrainer() {}

    public static Result train(Chunks chunks, Settings settings, ToDoubleFunction<Tagger> validation, Consumer<String> log) {
        int f = chunks.featureCount();
        int k = chunks.outputs();
        float[] mean = new float[f];
        float[] scale = new float[f];
        standardise(chunks, mean, scale);
        Engine.getInstance().setRandomSeed((int) settings.seed());
        Linear projection = Linear.builder().setUnits(settings.projection()).build();
        LSTM forward = LSTM.builder().setStateSize(settings.hidden()).setNumLayers(1).optBatchFirst(true).build();
        LSTM backward = LSTM.builder().setStateSize(settings.hidden()).setNumLayers(1).optBatchFirst(true).build();
        Linear output = Linear.builder().setUnits(k).build();
        Block network = new SequentialBlock()
                .add(Dropout.builder().optRate(settings.dropout()).build())
                .add(projection).add(Activation::relu)
                .add(new ParallelBlock(states -> new NDList(NDArrays.concat(new NDList(states.get(0).head(), states.get(1).head()), 2)),
                        List.of(forward, new SequentialBlock().add(x -> new NDList(x.head().flip(1))).add(backward)
                                .add(x -> new NDList(x.head().flip(1))))))
                .add(Dropout.builder().optRate(settings.dropout()).build())
                .add(output);
        int longest = chunks.features().stream().mapToInt(x -> x.length / f).max().orElse(1);
        Result best = null;
        try (Model model = Model.newInstance("tagger")) {
            model.setBlock(network);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(Optimizer.adam()
                    .optLearningRateTracker(Tracker.fixed(settings.learningRate())).optWeightDecays(settings.weightDecay()).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(settings.batchSize(), longest, f));
                Random random = new Random(settings.seed());
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < chunks.features().size(); i++) {
                    order.add(i);
                }
                float[] weights = settings.outputWeights() != null ? settings.outputWeights() : ones(k);
                for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                    java.util.Collections.shuffle(order, random);
                    double total = 0;
                    for (int from = 0; from < order.size(); from += settings.batchSize()) {
                        List<Integer> batch = order.subList(from, Math.min(order.size(), from + settings.batchSize()));
                        total += step(trainer, chunks, batch, longest, mean, scale, weights, settings.softmax());
                    }
                    Tagger candidate = export(mean, scale, projection, settings.hidden(), forward, backward, output, settings.softmax());
                    double score = validation.applyAsDouble(candidate);
                    log.accept(String.format(Locale.ROOT, "epoch %d: loss %.4f, validation %.4f", epoch,
                            total / Math.ceil(order.size() / (double) settings.batchSize()), score));
                    if (best == null || score > best.score()) {
                        best = new Result(candidate, epoch, score);
                    }
                }
            }
        }
        return best;
    }

    private static double step(Trainer trainer, Chunks chunks, List<Integer> batch, int longest, float[] mean,
            float[] scale, float[] outputWeights, boolean softmax) {
        int f = chunks.featureCount();
        int k = chunks.outputs();
        int b = batch.size();
        float[] x = new float[b * longest * f];
        float[] y = new float[b * longest * k];
        float[] mask = new float[b * longest];
        for (int i = 0; i < b; i++) {
            float[] features = chunks.features().get(batch.get(i));
            float[] targets = chunks.targets().get(batch.get(i));
            int pieces = features.length / f;
            for (int p = 0; p < pieces; p++) {
                for (int j = 0; j < f; j++) {
                    x[(i * longest + p) * f + j] = (features[p * f + j] - mean[j]) / scale[j];
                }
                mask[i * longest + p] = 1;
            }
            System.arraycopy(targets, 0, y, i * longest * k, pieces * k);
        }
        try (NDManager manager = trainer.getManager().newSubManager(); GradientCollector gradients = trainer.newGradientCollector()) {
            NDArray logits = trainer.forward(new NDList(manager.create(x, new Shape(b, longest, f)))).singletonOrThrow();
            NDArray target = manager.create(y, new Shape(b, longest, k));
            NDArray weights = manager.create(mask, new Shape(b, longest, 1));
            NDArray perPiece;
            if (softmax) {
                perPiece = logits.logSoftmax(2).mul(target).sum(new int[] {2}, true).neg();
            } else {
                // Binary cross-entropy from logits, stable form: max(z,0) - z·y + log(1 + e^-|z|).
                NDArray each = logits.maximum(0).sub(logits.mul(target)).add(logits.abs().neg().exp().add(1).log());
                perPiece = each.mul(manager.create(outputWeights, new Shape(1, 1, k))).sum(new int[] {2}, true);
            }
            NDArray loss = perPiece.mul(weights).sum().div(weights.sum());
            gradients.backward(loss);
            double value = loss.getFloat();
            trainer.step();
            return value;
        }
    }

    private static Tagger export(float[] mean, float[] scale, Linear projection, int hidden, LSTM forward, LSTM backward,
            Linear output, boolean softmax) {
        return new Tagger(mean, scale, dense(projection), hidden, lstm(forward, hidden), lstm(backward, hidden), dense(output), softmax);
    }

    private static Mlp.Dense dense(Linear linear) {
        NDArray weight = linear.getParameters().get("weight").getArray();
        long[] shape = weight.getShape().getShape();
        return new Mlp.Dense(weight.toFloatArray(), linear.getParameters().get("bias").getArray().toFloatArray(),
                (int) shape[0], (int) shape[1]);
    }

    /** [W, R, Wb, Rb] with gates moved from libtorch's order (i, f, g, o) to ONNX's (i, o, f, g). */
    private static List<float[]> lstm(LSTM lstm, int hidden) {
        float[] w = null;
        float[] r = null;
        float[] wb = null;
        float[] rb = null;
        for (var parameter : lstm.getParameters()) {
            String name = parameter.getKey();
            float[] values = parameter.getValue().getArray().toType(DataType.FLOAT32, false).toFloatArray();
            if (name.endsWith("i2h_WEIGHT")) {
                w = values;
            } else if (name.endsWith("h2h_WEIGHT")) {
                r = values;
            } else if (name.endsWith("i2h_BIAS")) {
                wb = values;
            } else if (name.endsWith("h2h_BIAS")) {
                rb = values;
            }
        }
        if (w == null || r == null || wb == null || rb == null) {
            throw new IllegalStateException("LSTM parameters not found: " + lstm.getParameters().keys());
        }
        return List.of(onnxGates(w, hidden), onnxGates(r, hidden), onnxGates(wb, hidden), onnxGates(rb, hidden));
    }

    static float[] onnxGates(float[] torch, int hidden) {
        int block = torch.length / 4;
        float[] onnx = new float[torch.length];
        int[] fromTorch = {0, 3, 1, 2}; // ONNX gate g comes from libtorch gate fromTorch[g]
        for (int gate = 0; gate < 4; gate++) {
            System.arraycopy(torch, fromTorch[gate] * block, onnx, gate * block, block);
        }
        return onnx;
    }

    private static void standardise(Chunks chunks, float[] mean, float[] scale) {
        int f = chunks.featureCount();
        double[] sum = new double[f];
        double[] squares = new double[f];
        long count = 0;
        for (float[] features : chunks.features()) {
            for (int p = 0; p < features.length / f; p++) {
                for (int j = 0; j < f; j++) {
                    double v = features[p * f + j];
                    sum[j] += v;
                    squares[j] += v * v;
                }
                count++;
            }
        }
        for (int j = 0; j < f; j++) {
            double m = sum[j] / count;
            mean[j] = (float) m;
            scale[j] = (float) Math.sqrt(Math.max(0, squares[j] / count - m * m)) + 1e-6f;
        }
    }

    private static float[] ones(int k) {
        float[] ones = new float[k];
        java.util.Arrays.fill(ones, 1f);
        return ones;
    }
}
