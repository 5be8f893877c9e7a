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
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.rhetorica.models.Mlp;

/**
 * Trains a scoring {@link Mlp} (one output) to rank lists: each list is a query's candidates, the
 * loss the cross-entropy of a softmax over the list against its relevant candidates (ListNet with
 * one relevant item, as in learning to rank), Adam on DJL's PyTorch engine; keeps the epoch that
 * scores best on held-out lists. Lists without a relevant candidate teach nothing and are skipped.
 */
public final class RankingTrainer {
    /** A list to rank: one feature row per candidate, and which candidates are relevant. */
    public record RankedList(float[][] rows, boolean[] relevant) {}

    /** The best model found and when. */
    public record Result(Mlp model, int epoch, double score) {}

    private RankingTrainer() {}

    /**
     * @param settings hidden sizes, dropout, learning rate, weight decay, epochs, batch size (lists per step), seed;
     *     class weights are not used
     * @param validation scores a candidate model on held-out lists, higher is better
     */
    public static Result train(List<RankedList> lists, MlpTrainer.Settings settings, ToDoubleFunction<Mlp> validation,
            Consumer<String> log) {
        List<RankedList> useful = lists.stream().filter(list -> anyRelevant(list.relevant())).toList();
        int features = useful.get(0).rows()[0].length;
        List<float[]> allRows = new ArrayList<>();
        useful.forEach(list -> allRows.addAll(List.of(list.rows())));
        float[] mean = new float[features];
        float[] scale = new float[features];
        MlpTrainer.standardisation(allRows.toArray(float[][]::new), mean, scale);
        Engine.getInstance().setRandomSeed((int) settings.seed());
        List<Linear> linears = new ArrayList<>();
        SequentialBlock network = new SequentialBlock();
        for (int size : settings.hidden()) {
            Linear linear = Linear.builder().setUnits(size).build();
            linears.add(linear);
            network.add(linear).add(Activation::relu).add(Dropout.builder().optRate(settings.dropout()).build());
        }
        Linear output = Linear.builder().setUnits(1).build();
        linears.add(output);
        network.add(output);
        int longest = useful.stream().mapToInt(list -> list.rows().length).max().orElse(1);

        Result best = null;
        try (Model model = Model.newInstance("ranker")) {
            model.setBlock(network);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate()))
                            .optWeightDecays(settings.weightDecay()).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(longest, features));
                NDManager manager = trainer.getManager();
                Random random = new Random(settings.seed());
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < useful.size(); i++) {
                    order.add(i);
                }
                for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                    java.util.Collections.shuffle(order, random);
                    for (int from = 0; from < order.size(); from += settings.batchSize()) {
                        List<RankedList> batch = order.subList(from, Math.min(order.size(), from + settings.batchSize())).stream()
                                .map(useful::get).toList();
                        step(trainer, manager, batch, longest, features, mean, scale);
                    }
                    if (epoch % settings.evaluateEvery() == 0 || epoch == settings.epochs()) {
                        Mlp candidate = new Mlp(mean, scale, MlpTrainer.export(linears));
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

    /** One step over lists padded to {@code longest}: padding gets a score far below any candidate's. */
    private static void step(Trainer trainer, NDManager manager, List<RankedList> batch, int longest, int features, float[] mean,
            float[] scale) {
        int lists = batch.size();
        float[] x = new float[lists * longest * features];
        float[] padding = new float[lists * longest];
        float[] target = new float[lists * longest];
        for (int l = 0; l < lists; l++) {
            RankedList list = batch.get(l);
            int relevant = 0;
            for (boolean r : list.relevant()) {
                relevant += r ? 1 : 0;
            }
            for (int c = 0; c < longest; c++) {
                int at = l * longest + c;
                if (c >= list.rows().length) {
                    padding[at] = -1e4f;
                    continue;
                }
                for (int f = 0; f < features; f++) {
                    x[at * features + f] = (list.rows()[c][f] - mean[f]) / scale[f];
                }
                target[at] = list.relevant()[c] ? 1f / relevant : 0;
            }
        }
        try (NDManager step = manager.newSubManager(); GradientCollector gradients = trainer.newGradientCollector()) {
            NDArray scores = trainer.forward(new NDList(step.create(x, new Shape((long) lists * longest, features))))
                    .singletonOrThrow().reshape(lists, longest).add(step.create(padding, new Shape(lists, longest)));
            NDArray loss = scores.logSoftmax(1).mul(step.create(target, new Shape(lists, longest))).sum(new int[] {1}).neg().mean();
            gradients.backward(loss);
        }
        trainer.step();
    }

    private static boolean anyRelevant(boolean[] relevant) {
        for (boolean r : relevant) {
            if (r) {
                return true;
            }
        }
        return false;
    }
}
