package org.rhetorica.train.techniques;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rhetorica.analysis.techniques.PieceFeatures;
import org.rhetorica.analysis.techniques.SpanFeatures;
import org.rhetorica.analysis.techniques.SpanFinder;
import org.rhetorica.analysis.techniques.Technique;
import org.rhetorica.analysis.techniques.TechniqueClassifier;
import org.rhetorica.analysis.techniques.Techniques;
import org.rhetorica.doc.Span;
import org.rhetorica.models.Calibration;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.Head;
import org.rhetorica.models.Mlp;
import org.rhetorica.models.Provenance;
import org.rhetorica.models.Tagger;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.train.Split;
import org.rhetorica.train.heads.MlpTrainer;
import org.rhetorica.train.heads.TaggerTrainer;
import org.rhetorica.train.heads.TrainingRecord;
import org.rhetorica.train.techniques.TechniqueCorpus.Article;
import org.rhetorica.train.techniques.TechniqueCorpus.Labelled;

/**
 * Trains the technique heads on the Propaganda Techniques Corpus: the span tagger (span
 * identification) and the technique classifier, chooses epochs, the span threshold and the score
 * calibration on the development articles, scores the result on the validation articles and writes
 * both heads with their provenance.
 */
final class TechniqueTraining {
    /** Span thresholds tried on the development articles. */
    private static final double[] THRESHOLDS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
    /** Thresholds for a finder used only for its probabilities. */
    private static final SpanFinder.Thresholds ANY = new SpanFinder.Thresholds(0.5, 0.5);

    record Settings(long seed, int classifierEpochs, int taggerEpochs, int taggers, int taggerHidden) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("classifierEpochs", classifierEpochs);
            map.put("taggerEpochs", taggerEpochs);
            map.put("taggers", taggers);
            map.put("taggerHidden", taggerHidden);
            return map;
        }
    }

    /** The heads' files and what they scored. */
    record Trained(byte[] spans, byte[] classes, Map<String, Object> scores) {}

    private final Settings settings;
    private final Consumer<String> log;
    private final String codeVersion = TrainingRecord.codeVersion();
    private final Map<String, String> libraries = TrainingRecord.libraries();

    TechniqueTraining(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    Trained train(Path data, EncoderSpec encoderSpec) {
        List<Article> articles;
        long started = System.nanoTime();
        try (Resources resources = new Resources(encoderSpec)) {
            articles = TechniqueCorpus.read(data.resolve("articles"), data.resolve("labels-tc"), Split.ALL,
                    Pipeline.producing(resources, Set.of(Encoding.VECTORS)));
        }
        List<Article> training = part(articles, Split.TRAINING);
        List<Article> development = part(articles, Split.DEVELOPMENT);
        List<Article> validation = part(articles, Split.VALIDATION);
        log.accept(String.format(Locale.ROOT, "encoded %d articles in %.0f s: %d training, %d development, %d validation",
                articles.size(), (System.nanoTime() - started) / 1e9, training.size(), development.size(), validation.size()));

        Map<String, Object> dataRecord = new LinkedHashMap<>();
        dataRecord.put("corpus", "Propaganda Techniques Corpus (SemEval-2020 Task 11), training part");
        dataRecord.put("path", data.toString());
        dataRecord.put("fingerprint", TrainingRecord.fingerprint(corpusFiles(data)));
        dataRecord.put("articles", Map.of("training", training.size(), "development", development.size(),
                "validation", validation.size()));
        dataRecord.put("split", Split.RULE);

        Mlp classifier = trainClassifier(training, development, encoderSpec);
        List<Tagger> taggers = new ArrayList<>();
        for (int i = 0; i < settings.taggers(); i++) {
            taggers.add(trainTagger(training, development, encoderSpec, settings.seed() + i));
        }
        Map<String, Object> placeholderScores = Map.of();
        Head spansHead = Head.fromBytes(SpanFinder.NAME, SpanFinder.export(taggers,
                provenance(SpanFinder.NAME, "", encoderSpec, dataRecord, Map.of(), placeholderScores)), encoderSpec);
        TechniqueEvaluation.Choice choice = TechniqueEvaluation.bestThresholds(new SpanFinder(spansHead, ANY), development, THRESHOLDS);
        SpanFinder.Thresholds thresholds = choice.thresholds();
        log.accept(String.format(Locale.ROOT, "span thresholds chosen on development articles: %.2f / %.2f (SI F1 %.4f)",
                thresholds.low(), thresholds.high(), choice.f1()));
        Head classesHead = Head.fromBytes(TechniqueClassifier.NAME, TechniqueClassifier.export(classifier,
                provenance(TechniqueClassifier.NAME, "", encoderSpec, dataRecord, Map.of(), placeholderScores)), encoderSpec);
        SpanFinder finder = new SpanFinder(spansHead, thresholds);
        TechniqueClassifier classes = new TechniqueClassifier(classesHead);
        Calibration calibration = fitCalibration(finder, classes, development);

        TechniqueEvaluation.Result result = TechniqueEvaluation.evaluate(finder, classes, calibration, validation);
        Map<String, Object> scores = result.asMap();
        log.accept(result.summary());
        spansHead.close();
        classesHead.close();

        Map<String, Object> spanSettings = new LinkedHashMap<>(settings.asMap());
        spanSettings.put("lowThreshold", thresholds.low());
        spanSettings.put("highThreshold", thresholds.high());
        spanSettings.put("chunkPieces", SpanFinder.CHUNK);
        spanSettings.put("tagger", "projection 128 + ReLU, bidirectional LSTM (taggerHidden), dropout 0.4, Adam 1e-3, "
                + "sigmoid outputs: in any span (weight 1) and in a span of each technique (weight 0.3/14)");
        Map<String, Object> classSettings = new LinkedHashMap<>(settings.asMap());
        classSettings.put("classifier", "MLP 512 hidden, input dropout 0.2, dropout 0.4, Adam 5e-4, weight decay 1e-3");
        classSettings.put("calibration", Map.of("raw", calibration.raw(), "calibrated", calibration.calibrated()));
        byte[] spans = SpanFinder.export(taggers, provenance(SpanFinder.NAME,
                "Span identification: probability that each word piece lies in a persuasion technique span",
                encoderSpec, dataRecord, spanSettings, scores));
        byte[] classesBytes = TechniqueClassifier.export(classifier, provenance(TechniqueClassifier.NAME,
                "Technique classification: which of the 14 PTC techniques a span uses",
                encoderSpec, dataRecord, classSettings, scores));
        return new Trained(spans, classesBytes, scores);
    }

    private Mlp trainClassifier(List<Article> training, List<Article> development, EncoderSpec encoderSpec) {
        List<float[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Article article : training) {
            String lower = article.doc().text().toLowerCase(Locale.ROOT);
            for (Labelled span : article.gold()) {
                features.add(SpanFeatures.of(article.doc(), lower, new Span(span.start(), span.end())));
                labels.add(Technique.fromLabel(span.technique()).orElseThrow().ordinal());
            }
        }
        log.accept("technique classifier: " + features.size() + " training spans");
        MlpTrainer.Settings mlp = new MlpTrainer.Settings(new int[] {512}, 0.2f, 0.4f, 5e-4f, 1e-3f,
                settings.classifierEpochs(), 64, 2, settings.seed(), null);
        MlpTrainer.Result result = MlpTrainer.train(features.toArray(float[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), Technique.values().length, mlp,
                network -> {
                    try (Head head = Head.fromBytes(TechniqueClassifier.NAME, TechniqueClassifier.export(network,
                            provenance(TechniqueClassifier.NAME, "", encoderSpec, Map.of(), Map.of(), Map.of())), encoderSpec)) {
                        return TechniqueEvaluation.classification(new TechniqueClassifier(head), development).micro().f1();
                    }
                }, line -> log.accept("technique classifier " + line));
        log.accept(String.format(Locale.ROOT, "technique classifier: best epoch %d, development TC F1 %.4f",
                result.epoch(), result.score()));
        return result.model();
    }

    private Tagger trainTagger(List<Article> training, List<Article> development, EncoderSpec encoderSpec, long seed) {
        List<float[]> features = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        int outputs = 1 + Technique.values().length;
        int width = 0;
        for (Article article : training) {
            float[] pieces = PieceFeatures.of(article.doc()).all();
            float[] labels = pieceTargets(article, outputs);
            int n = article.doc().attachment(Encoding.VECTORS).size();
            if (n == 0) {
                continue;
            }
            width = pieces.length / n;
            // Overlapping chunks, each as long as the ones the tagger reads in analysis.
            for (int owned = 0; owned < n; owned += SpanFinder.CHUNK / 2) {
                int to = Math.min(n, owned + SpanFinder.CHUNK);
                int from = Math.max(0, to - SpanFinder.CHUNK);
                features.add(java.util.Arrays.copyOfRange(pieces, from * width, to * width));
                targets.add(java.util.Arrays.copyOfRange(labels, from * outputs, to * outputs));
                if (to == n) {
                    break;
                }
            }
        }
        float[] weights = new float[outputs];
        java.util.Arrays.fill(weights, 0.3f / (outputs - 1));
        weights[0] = 1f;
        TaggerTrainer.Settings tagger = new TaggerTrainer.Settings(128, settings.taggerHidden(), 0.4f, 1e-3f, 1e-4f,
                settings.taggerEpochs(), 16, seed, false, weights);
        log.accept("span tagger (seed " + seed + "): " + features.size() + " training chunks");
        TaggerTrainer.Result result = TaggerTrainer.train(new TaggerTrainer.Chunks(features, targets, width, outputs), tagger,
                candidate -> {
                    try (Head head = Head.fromBytes(SpanFinder.NAME, SpanFinder.export(List.of(candidate),
                            provenance(SpanFinder.NAME, "", encoderSpec, Map.of(), Map.of(), Map.of())), encoderSpec)) {
                        return TechniqueEvaluation.bestThresholds(new SpanFinder(head, ANY), development, THRESHOLDS).f1();
                    }
                }, line -> log.accept("span tagger (seed " + seed + ") " + line));
        log.accept(String.format(Locale.ROOT, "span tagger (seed %d): best epoch %d, development SI F1 %.4f",
                seed, result.epoch(), result.score()));
        return result.tagger();
    }

    /** Per piece: 1 if in any gold span, then 1 for each technique whose span holds it. */
    private static float[] pieceTargets(Article article, int outputs) {
        EncodedText vectors = article.doc().attachment(Encoding.VECTORS);
        float[] targets = new float[vectors.size() * outputs];
        for (Labelled span : article.gold()) {
            int technique = Technique.fromLabel(span.technique()).orElseThrow().ordinal();
            int[] pieces = vectors.tokensOverlapping(new Span(span.start(), span.end()));
            for (int piece = pieces[0]; piece < pieces[1]; piece++) {
                targets[piece * outputs] = 1;
                targets[piece * outputs + 1 + technique] = 1;
            }
        }
        return targets;
    }

    private Calibration fitCalibration(SpanFinder finder, TechniqueClassifier classes, List<Article> development) {
        List<Double> raw = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        TechniqueEvaluation.rawScores(finder, classes, development, raw, right);
        double[] scores = raw.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] correct = new boolean[right.size()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = right.get(i);
        }
        return Calibration.fit(scores, correct, 12);
    }

    private Provenance provenance(String model, String task, EncoderSpec encoder, Map<String, Object> data,
            Map<String, Object> modelSettings, Map<String, Object> scores) {
        return new Provenance(model, task, TrainingRecord.now(), codeVersion, encoder.vectorsId(), data,
                modelSettings, settings.seed(), scores, libraries);
    }

    private static List<Article> part(List<Article> articles, Split part) {
        return articles.stream().filter(a -> part.contains(a.id())).toList();
    }

    private static List<Path> corpusFiles(Path data) {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("articles", "labels-tc")) {
            try (var list = java.nio.file.Files.list(data.resolve(folder))) {
                list.sorted().forEach(files::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot list " + data.resolve(folder), e);
            }
        }
        return files;
    }
}
