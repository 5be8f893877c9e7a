package org.rhetorica.train.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rhetorica.analysis.quotes.AttributionFeatures;
import org.rhetorica.analysis.quotes.AttributionTagger.Role;
import org.rhetorica.analysis.quotes.AttributionTagger;
import org.rhetorica.analysis.quotes.QuoteMarks;
import org.rhetorica.analysis.quotes.Quotes;
import org.rhetorica.doc.Span;
import org.rhetorica.io.InvalidInputException;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.Head;
import org.rhetorica.models.Provenance;
import org.rhetorica.models.Tagger;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.train.Split;
import org.rhetorica.train.heads.TaggerSettings;
import org.rhetorica.train.heads.TaggerTrainer;
import org.rhetorica.train.heads.TrainingRecord;
import org.rhetorica.train.quotes.AttributionCorpus.Article;
import org.rhetorica.train.quotes.AttributionFiles.Gold;

/**
 * Trains the attribution tagger on PolNeAR: encodes every article once, learns from the training
 * articles, keeps the epoch whose quotes score the best content F1 on the development articles
 * (the whole quotes layer, rules included, is what is scored), scores the result on the validation
 * articles and writes the head with its provenance.
 */
final class QuoteTraining {
    /** The head's file and what it scored on the validation articles. */
    record Trained(byte[] head, QuoteScorer.Score validation) {}

    /** Pieces between the starts of two training chunks: chunks overlap by a quarter. */
    private static final int STRIDE = AttributionTagger.CHUNK * 3 / 4;

    private final TaggerSettings settings;
    private final Consumer<String> log;
    private final String codeVersion = TrainingRecord.codeVersion();
    private final Map<String, String> libraries = TrainingRecord.libraries();

    QuoteTraining(TaggerSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    Trained train(Path data, EncoderSpec encoderSpec) {
        List<float[]> features = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        List<Article> development = new ArrayList<>();
        List<Article> validation = new ArrayList<>();
        int trainingArticles = 0;
        int width = 0;
        long started = System.nanoTime();
        List<AttributionFiles.Article> files = AttributionFiles.read(data);
        try (Resources resources = new Resources(encoderSpec)) {
            Pipeline inputs = Pipeline.producing(resources, Set.of(Encoding.VECTORS));
            for (AttributionFiles.Article file : files) {
                Article article = AttributionCorpus.toDocument(file, inputs);
                switch (Split.of(article.id())) {
                    case DEVELOPMENT -> development.add(article);
                    case VALIDATION -> validation.add(article);
                    default -> {
                        if (article.doc().has(Encoding.VECTORS) && article.doc().attachment(Encoding.VECTORS).size() > 0) {
                            width = addChunks(article, features, targets);
                            trainingArticles++;
                        }
                    }
                }
            }
        }
        if (features.isEmpty()) {
            throw new InvalidInputException("no training article with text in " + data);
        }
        log.accept(String.format(Locale.ROOT, "encoded %d articles in %.0f s: %d training (%d chunks), %d development, %d validation",
                files.size(), (System.nanoTime() - started) / 1e9, trainingArticles, features.size(), development.size(),
                validation.size()));

        Map<String, Object> dataRecord = new LinkedHashMap<>();
        dataRecord.put("corpus", "PolNeAR (Newell, Margolin, Ruths, LREC 2018), training part");
        dataRecord.put("path", data.toString());
        dataRecord.put("fingerprint", AttributionFiles.fingerprint(data));
        dataRecord.put("articles", Map.of("training", trainingArticles, "development", development.size(),
                "validation", validation.size()));
        dataRecord.put("split", Split.RULE);
        dataRecord.put("annotator", "per article, the annotator whose id sorts first");

        TaggerTrainer.Chunks chunks = new TaggerTrainer.Chunks(features, targets, width, AttributionTagger.LABELS);
        List<Tagger> taggers = new ArrayList<>();
        for (int i = 0; i < settings.taggers(); i++) {
            TaggerTrainer.Settings tagger = settings.trainer(i);
            TaggerTrainer.Result result = TaggerTrainer.train(chunks, tagger,
                    candidate -> score(List.of(candidate), development, encoderSpec, Map.of()).all().f1(),
                    line -> log.accept("tagger (seed " + tagger.seed() + ") " + line));
            log.accept(String.format(Locale.ROOT, "tagger (seed %d): best epoch %d, development content F1 %.4f",
                    tagger.seed(), result.epoch(), result.score()));
            taggers.add(result.tagger());
        }
        QuoteScorer.Score scores = score(taggers, validation, encoderSpec, dataRecord);
        log.accept("validation articles (" + validation.size() + "):\n" + scores.summary());

        Map<String, Object> modelSettings = new LinkedHashMap<>(settings.asMap("O and B/I of cue, source, content"));
        modelSettings.put("chunkPieces", AttributionTagger.CHUNK);
        byte[] head = AttributionTagger.export(taggers, provenance(encoderSpec, dataRecord, modelSettings, scores.asMap()));
        return new Trained(head, scores);
    }

    /** Adds the article's overlapping training chunks; returns the feature width. */
    private static int addChunks(Article article, List<float[]> features, List<float[]> targets) {
        List<QuoteMarks.Quotation> quotations = QuoteMarks.find(article.doc().text(),
                article.doc().layer(org.rhetorica.text.Paragraphs.LAYER));
        float[] pieces = AttributionFeatures.of(article.doc(), quotations).all();
        float[] labels = targets(article);
        int n = article.doc().attachment(Encoding.VECTORS).size();
        int width = pieces.length / n;
        int outputs = AttributionTagger.LABELS;
        for (int owned = 0; owned < n; owned += STRIDE) {
            int to = Math.min(n, owned + AttributionTagger.CHUNK);
            int from = Math.max(0, to - AttributionTagger.CHUNK);
            features.add(Arrays.copyOfRange(pieces, from * width, to * width));
            targets.add(Arrays.copyOfRange(labels, from * outputs, to * outputs));
            if (to == n) {
                break;
            }
        }
        return width;
    }

    /**
     * One-hot labels of every piece: B on the first piece of each fragment of a role, I on the rest,
     * O elsewhere. Cues are written last, so that where roles overlap (rarely) the cue wins.
     */
    static float[] targets(Article article) {
        EncodedText vectors = article.doc().attachment(Encoding.VECTORS);
        int outputs = AttributionTagger.LABELS;
        int[] labels = new int[vectors.size()];
        for (Role role : List.of(Role.CONTENT, Role.SOURCE, Role.CUE)) {
            for (Gold gold : article.gold()) {
                List<Span> fragments = role == Role.CONTENT ? gold.content() : role == Role.SOURCE ? gold.source() : gold.cue();
                for (Span fragment : fragments) {
                    int[] range = vectors.tokensOverlapping(fragment);
                    for (int piece = range[0]; piece < range[1]; piece++) {
                        labels[piece] = AttributionTagger.label(role, piece == range[0]);
                    }
                }
            }
        }
        float[] targets = new float[labels.length * outputs];
        for (int piece = 0; piece < labels.length; piece++) {
            targets[piece * outputs + labels[piece]] = 1;
        }
        return targets;
    }

    private QuoteScorer.Score score(List<Tagger> taggers, List<Article> articles, EncoderSpec encoderSpec,
            Map<String, Object> dataRecord) {
        byte[] onnx = AttributionTagger.export(taggers, provenance(encoderSpec, dataRecord, Map.of(), Map.of()));
        try (AttributionTagger tagger = new AttributionTagger(Head.fromBytes(AttributionTagger.NAME, onnx, encoderSpec))) {
            return QuoteEvaluation.evaluate(new Quotes(tagger), articles);
        }
    }

    private Provenance provenance(EncoderSpec encoder, Map<String, Object> data, Map<String, Object> modelSettings,
            Map<String, Object> scores) {
        return new Provenance(AttributionTagger.NAME,
                "Attribution parts: cue, source and content spans of reported speech and belief, B/I/O per word piece",
                TrainingRecord.now(), codeVersion, encoder.vectorsId(), data, modelSettings, settings.seed(), scores, libraries);
    }
}
