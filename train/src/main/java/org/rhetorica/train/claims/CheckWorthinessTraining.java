package org.rhetorica.train.claims;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.rhetorica.analysis.claims.CheckWorthiness;
import org.rhetorica.models.Calibration;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Head;
import org.rhetorica.models.Mlp;
import org.rhetorica.models.Provenance;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.train.Split;
import org.rhetorica.train.heads.MlpTrainer;
import org.rhetorica.train.heads.TrainingRecord;

/**
 * Trains the check-worthiness head: training sentences fit the network; development sentences choose
 * the epoch (best F1 of the positive class at its best threshold), the calibration and the threshold;
 * validation sentences, never seen before, give the scores kept in the model's provenance.
 */
final class CheckWorthinessTraining {
    record Settings(long seed, int[] hidden, int epochs, float learningRate) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("hidden", hidden);
            map.put("epochs", epochs);
            map.put("learningRate", learningRate);
            return map;
        }
    }

    private final Settings settings;
    private final Consumer<String> log;

    CheckWorthinessTraining(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    byte[] train(Path data, EncoderSpec encoder, int threads) {
        long started = System.nanoTime();
        CheckWorthinessData sentences;
        try (Resources resources = new Resources(encoder)) {
            sentences = CheckWorthinessData.read(data, resources, threads);
        }
        List<CheckWorthinessData.Sentence> training = sentences.part(Split.TRAINING);
        List<CheckWorthinessData.Sentence> development = sentences.part(Split.DEVELOPMENT);
        List<CheckWorthinessData.Sentence> validation = sentences.part(Split.VALIDATION);
        log.accept(String.format(Locale.ROOT, "encoded %d sentences in %.0f s: %d training, %d development, %d validation",
                sentences.sentences().size(), (System.nanoTime() - started) / 1e9, training.size(), development.size(),
                validation.size()));

        MlpTrainer.Settings mlp = new MlpTrainer.Settings(settings.hidden(), 0.2f, 0.3f, settings.learningRate(), 1e-3f,
                settings.epochs(), 64, 1, settings.seed(), null);
        MlpTrainer.Result result = MlpTrainer.train(training.stream().map(CheckWorthinessData.Sentence::features)
                .toArray(float[][]::new), training.stream().mapToInt(s -> s.checkWorthy() ? 1 : 0).toArray(), 2, mlp,
                network -> CheckWorthinessScores.best(raw(network, encoder, development, Calibration.IDENTITY), development).f1(),
                line -> log.accept("check-worthiness " + line));

        double[] developmentRaw = raw(result.model(), encoder, development, Calibration.IDENTITY);
        boolean[] right = new boolean[development.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = development.get(i).checkWorthy();
        }
        Calibration calibration = Calibration.fit(developmentRaw, right, 12);
        CheckWorthinessScores chosen = CheckWorthinessScores.best(raw(result.model(), encoder, development, calibration), development);
        CheckWorthinessScores held = CheckWorthinessScores.at(raw(result.model(), encoder, validation, calibration), validation,
                chosen.threshold());
        log.accept(String.format(Locale.ROOT, "best epoch %d; threshold %.2f chosen on development (F1 %.4f)", result.epoch(),
                chosen.threshold(), chosen.f1()));
        log.accept("validation: " + held.summary());

        Map<String, Object> dataRecord = new LinkedHashMap<>();
        dataRecord.put("corpus", "CheckThat! 2024 task 1 English check-worthiness (sentences of US political debates)");
        dataRecord.put("folder", data.getFileName().toString());
        dataRecord.put("fingerprint", TrainingRecord.fingerprint(CheckWorthinessData.files(data)));
        dataRecord.put("sentences", Map.of("training", training.size(), "development", development.size(),
                "validation", validation.size()));
        dataRecord.put("split", CheckWorthinessData.SPLIT_RULE);
        Map<String, Object> modelSettings = new LinkedHashMap<>(settings.asMap());
        modelSettings.put("classifier", "MLP over the sentence's mean and max encoder vectors and 12 word facts; input dropout"
                + " 0.2, dropout 0.3, Adam, weight decay 1e-3; epoch chosen on development F1");
        modelSettings.put("bestEpoch", result.epoch());
        modelSettings.put("threshold", chosen.threshold());
        modelSettings.put("calibration", Map.of("raw", calibration.raw(), "calibrated", calibration.calibrated()));
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("validation", held.asMap());
        scores.put("development", chosen.asMap());
        return CheckWorthiness.export(result.model(), provenance(encoder, dataRecord, modelSettings, scores));
    }

    /** The network's scores of the sentences, through the exported head, as analysis computes them. */
    private double[] raw(Mlp network, EncoderSpec encoder, List<CheckWorthinessData.Sentence> sentences, Calibration calibration) {
        try (Head head = Head.fromBytes(CheckWorthiness.NAME, CheckWorthiness.export(network,
                provenance(encoder, Map.of(), Map.of(), Map.of())), encoder)) {
            return CheckWorthinessScores.scores(head, sentences, calibration);
        }
    }

    private Provenance provenance(EncoderSpec encoder, Map<String, Object> data, Map<String, Object> modelSettings,
            Map<String, Object> scores) {
        return new Provenance(CheckWorthiness.NAME, "Check-worthiness: whether a sentence makes a factual claim worth checking",
                TrainingRecord.now(), TrainingRecord.codeVersion(), encoder.vectorsId(), data, modelSettings, settings.seed(),
                scores, TrainingRecord.libraries());
    }
}
