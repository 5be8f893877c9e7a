package org.rhetorica.train.heads;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.rhetorica.models.Mlp;

/**
 * Trains a {@link Mlp} classifier with softmax cross-entropy and Adam on DJL's PyTorch engine, and
 * keeps the epoch that scores best on held-out data.
 */
public final class MlpTrainer {
    /**
     * @param hidden sizes of the hidden layers, none for a linear model
     * @param classWeights loss weight per class, or null for equal weights
     */
    public record Settings(int[] hidden, float inputDropout, float dropout, float learningRate, float weightDecay,
            int epochs, int batchSize, int evaluateEvery, long seed, float[] classWeights) {}

    /** The best model found and when. */
    public record Result(Mlp model, int epoch, double score) {}

    private MlpTrainer() {}

    /**
     * @param validation scores a candidate model on held-out data, higher is better
     * @param log receives a line per evaluation
     */
    public static Result train(float[][] x, int[] labels, int classes, Settings settings,
            ToDoubleFunction<Mlp> validation, java.util.function.Consumer<String> log) {
        int features = x[0].length;
        float[] mean = new float[features];
        float[] scale = new float[features];
        standardisation(x, mean, scale);
        Engine.getInstance().setRandomSeed((int) settings.seed());
        List<Linear> linears = new ArrayList<>();
        SequentialBlock network = new SequentialBlock();
        network.add(Dropout.builder().optRate(settings.inputDropout()).build());
        for (int size : settings.hidden()) {
            Linear linear = Linear.builder().setUnits(size).build();
            linears.add(linear);
            network.add(linear).add(Activation::relu).add(Dropout.builder().optRate(settings.dropout()).build());
        }
        Linear output = Linear.builder().setUnits(classes).build();
        linears.add(output);
        network.add(output);

        Result best = null;
        try (Model model = Model.newInstance("mlp")) {
            model.setBlock(network);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate()))
                            .optWeightDecays(settings.weightDecay()).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(settings.batchSize(), features));
                NDManager manager = trainer.getManager();
                NDArray weights = settings.classWeights() == null ? null : manager.create(settings.classWeights());
                Random random = new Random(settings.seed());
                int[] order = new int[x.length];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                    shuffle(order, random);
                    for (int from = 0; from < order.length; from += settings.batchSize()) {
                        int size = Math.min(settings.batchSize(), order.length - from);
                        float[] batch = new float[size * features];
                        float[] batchLabels = new float[size];
                        for (int i = 0; i < size; i++) {
                            float[] row = x[order[from + i]];
                            for (int f = 0; f < features; f++) {
                                batch[i * features + f] = (row[f] - mean[f]) / scale[f];
                            }
                            batchLabels[i] = labels[order[from + i]];
                        }
                        try (NDManager step = manager.newSubManager(); GradientCollector gradients = trainer.newGradientCollector()) {
                            NDArray logits = trainer.forward(new NDList(step.create(batch, new Shape(size, features)))).singletonOrThrow();
                            NDArray target = step.create(batchLabels);
                            NDArray loss = crossEntropy(logits, target, weights);
                            gradients.backward(loss);
                        }
                        trainer.step();
                    }
                    if (epoch % settings.evaluateEvery() == 0 || epoch == settings.epochs()) {
                        Mlp candidate = new Mlp(mean, scale, export(linears));
                        double score = validation.applyAsDouble(candidate);
                        log.accept(String.format(java.util.Locale.ROOT, "epoch %d: validation %.4f", epoch, score));
                        if (best == null || score > best.score()) {
                            best = new Result(candidate, epoch, score);
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Mean cross-entropy, each example weighted by its class's weight when weights are given. */
    private static NDArray crossEntropy(NDArray logits, NDArray target, NDArray classWeights) {
        int classes = (int) logits.getShape().get(1);
        NDArray oneHot = target.toType(ai.djl.ndarray.types.DataType.INT32, false).oneHot(classes);
        NDArray picked = logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg();
        if (classWeights == null) {
            return picked.mean();
        }
        NDArray weight = classWeights.get(target.toType(ai.djl.ndarray.types.DataType.INT64, false));
        return picked.mul(weight).sum().div(weight.sum());
    }

    /** The trained weights of dense layers, in order. */
    static List<Mlp.Dense> export(List<Linear> linears) {
        List<Mlp.Dense> layers = new ArrayList<>();
        for (Linear linear : linears) {
            NDArray weight = linear.getParameters().get("weight").getArray();
            NDArray bias = linear.getParameters().get("bias").getArray();
            long[] shape = weight.getShape().getShape();
            layers.add(new Mlp.Dense(weight.toFloatArray(), bias.toFloatArray(), (int) shape[0], (int) shape[1]));
        }
        return layers;
    }

    static void standardisation(float[][] x, float[] mean, float[] scale) {
        int features = mean.length;
        double[] sum = new double[features];
        double[] squares = new double[features];
        for (float[] row : x) {
            for (int f = 0; f < features; f++) {
                sum[f] += row[f];
                squares[f] += (double) row[f] * row[f];
            }
        }
        for (int f = 0; f < features; f++) {
            double m = sum[f] / x.length;
            double variance = Math.max(0, squares[f] / x.length - m * m);
            mean[f] = (float) m;
            scale[f] = (float) Math.sqrt(variance) + 1e-6f;
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
