package org.rhetorica.train.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.rhetorica.analysis.entities.Coreference.Name;
import org.rhetorica.analysis.entities.EntityFeatures;
import org.rhetorica.analysis.entities.EntityTagger;
import org.rhetorica.io.InvalidInputException;
import org.rhetorica.models.EncodedText;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.models.Encoding;
import org.rhetorica.models.Head;
import org.rhetorica.models.Provenance;
import org.rhetorica.models.Tagger;
import org.rhetorica.text.Sentences;
import org.rhetorica.train.Split;
import org.rhetorica.train.entities.NerCorpus.Doc;
import org.rhetorica.train.entities.NerCorpus.Text;
import org.rhetorica.train.heads.TaggerSettings;
import org.rhetorica.train.heads.TaggerTrainer;
import org.rhetorica.train.heads.TrainingRecord;

/**
 * Trains the entity tagger on IOB files: encodes every document once, holds the development
 * documents out of the first file, the domain that is scored (by the one {@link Split}: its
 * development part), learns from the rest and from the other files, keeps the epoch with the best exact-span F1 on the development documents, chooses the
 * threshold there too, scores the result on a validation file if given and writes the head with its
 * provenance, the threshold among its settings.
 */
final class EntityTraining {
    /** The head's file, its threshold and what it scored on the development documents and the validation file (or null). */
    record Trained(byte[] head, double threshold, NerScorer development, NerScorer validation) {}

    /** Pieces between the starts of two training chunks: they follow one another (the last ends at the text's end). */
    private static final int STRIDE = EntityTagger.CHUNK;
    /** Validation during training decodes at this threshold; the shipped one is chosen after. */
    private static final double EPOCH_THRESHOLD = 0.5;
    private static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

    private final TaggerSettings settings;
    private final Consumer<String> log;
    private final String codeVersion = TrainingRecord.codeVersion();
    private final Map<String, String> libraries = TrainingRecord.libraries();

    EntityTraining(TaggerSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    Trained train(List<Path> data, Path validationFile, EncoderSpec encoderSpec) {
        List<float[]> features = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        List<Doc> development = new ArrayList<>();
        List<Doc> validation = new ArrayList<>();
        Map<String, Object> files = new LinkedHashMap<>();
        int trainingDocs = 0;
        long started = System.nanoTime();
        try (NerDocuments documents = new NerDocuments(encoderSpec)) {
            for (Path file : data) {
                List<Text> texts = NerCorpus.read(file);
                int training = 0;
                int held = 0;
                for (Text text : texts) {
                    Doc doc = documents.analyse(text, file);
                    if (file.equals(data.get(0)) && Split.of(text.id()) == Split.DEVELOPMENT) {
                        development.add(doc);
                        held++;
                    } else if (doc.doc().attachment(Encoding.VECTORS).size() > 0) {
                        addChunks(doc, features, targets);
                        training++;
                    }
                }
                files.put(file.getFileName().toString(), Map.of("path", file.toString(),
                        "fingerprint", TrainingRecord.fingerprint(List.of(file)), "training", training, "development", held));
                trainingDocs += training;
            }
            if (validationFile != null) {
                NerCorpus.read(validationFile).forEach(text -> validation.add(documents.analyse(text, validationFile)));
            }
        }
        if (features.isEmpty() || development.isEmpty()) {
            throw new InvalidInputException("no training or no development documents in " + data);
        }
        log.accept(String.format(Locale.ROOT, "encoded in %.0f s: %d training documents (%d chunks), %d development, %d validation",
                (System.nanoTime() - started) / 1e9, trainingDocs, features.size(), development.size(), validation.size()));

        Map<String, Object> dataRecord = new LinkedHashMap<>();
        dataRecord.put("files", files);
        dataRecord.put("split", "development documents held out of the first file (the domain scored): " + Split.RULE
                + " (1 development, all others training); the other files are all for training");
        dataRecord.put("types", "PER/PERSON/person -> PERSON, ORG/group/corporation -> ORGANIZATION, LOC/location -> LOCATION; "
                + "OTH, MISC, stray B-O and other types -> O");
        if (validationFile != null) {
            dataRecord.put("validation", Map.of("path", validationFile.toString(),
                    "fingerprint", TrainingRecord.fingerprint(List.of(validationFile)), "documents", validation.size()));
        }

        int width = features.get(0).length / Math.min(EntityTagger.CHUNK, features.get(0).length);
        TaggerTrainer.Chunks chunks = new TaggerTrainer.Chunks(features, targets, width, EntityTagger.LABELS);
        List<Tagger> taggers = new ArrayList<>();
        for (int i = 0; i < settings.taggers(); i++) {
            TaggerTrainer.Settings tagger = settings.trainer(i);
            TaggerTrainer.Result result = TaggerTrainer.train(chunks, tagger,
                    candidate -> score(head(List.of(candidate), encoderSpec, Map.of(), Map.of(), Map.of()), development,
                            EPOCH_THRESHOLD, encoderSpec).all().f1(),
                    line -> log.accept("tagger (seed " + tagger.seed() + ") " + line));
            log.accept(String.format(Locale.ROOT, "tagger (seed %d): best epoch %d, development F1 %.4f", tagger.seed(), result.epoch(),
                    result.score()));
            taggers.add(result.tagger());
        }

        double threshold = EPOCH_THRESHOLD;
        NerScorer best = null;
        try (EntityTagger tagger = new EntityTagger(Head.fromBytes(EntityTagger.NAME,
                head(taggers, encoderSpec, dataRecord, Map.of(), Map.of()), encoderSpec), EPOCH_THRESHOLD)) {
            List<float[]> probabilities = development.stream().map(doc -> probabilities(tagger, doc)).toList();
            for (double candidate : THRESHOLDS) {
                NerScorer score = NerScorer.NONE;
                for (int d = 0; d < development.size(); d++) {
                    score = score.plus(NerScorer.score(development.get(d).gold(), decode(development.get(d), probabilities.get(d), candidate)));
                }
                log.accept(String.format(Locale.ROOT, "threshold %.2f: development F1 %.4f", candidate, score.all().f1()));
                if (best == null || score.all().f1() > best.all().f1()) {
                    best = score;
                    threshold = candidate;
                }
            }
        }
        log.accept(String.format(Locale.ROOT, "development documents (%d), threshold %.2f:%n%s", development.size(), threshold, best.summary()));

        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("development", best.asMap());
        NerScorer validated = null;
        if (validationFile != null) {
            validated = score(head(taggers, encoderSpec, dataRecord, Map.of(), Map.of()), validation, threshold, encoderSpec);
            scores.put("validation", validated.asMap());
            log.accept("validation documents (" + validation.size() + "):\n" + validated.summary());
        }
        Map<String, Object> modelSettings = new LinkedHashMap<>(settings.asMap("O and B/I of person, organisation, place"));
        modelSettings.put(EntityTagger.THRESHOLD, threshold);
        modelSettings.put("chunkPieces", EntityTagger.CHUNK);
        modelSettings.put("pieces", "encoder vectors and six word-shape facts per piece");
        return new Trained(head(taggers, encoderSpec, dataRecord, modelSettings, scores), threshold, best, validated);
    }

    /** Adds the document's overlapping training chunks. */
    private static void addChunks(Doc doc, List<float[]> features, List<float[]> targets) {
        EncodedText vectors = doc.doc().attachment(Encoding.VECTORS);
        float[] pieces = EntityFeatures.of(doc.doc().text(), vectors, doc.doc().layer(Sentences.LAYER)).all();
        float[] labels = targets(vectors, doc.gold());
        int n = vectors.size();
        int width = pieces.length / n;
        int outputs = EntityTagger.LABELS;
        for (int owned = 0; owned < n; owned += STRIDE) {
            int to = Math.min(n, owned + EntityTagger.CHUNK);
            int from = Math.max(0, to - EntityTagger.CHUNK);
            features.add(Arrays.copyOfRange(pieces, from * width, to * width));
            targets.add(Arrays.copyOfRange(labels, from * outputs, to * outputs));
            if (to == n) {
                break;
            }
        }
    }

    /** One-hot labels of every piece: B on a name's first piece, I on its others, O elsewhere. */
    static float[] targets(EncodedText vectors, List<Name> gold) {
        int outputs = EntityTagger.LABELS;
        int[] labels = new int[vectors.size()];
        for (Name name : gold) {
            int[] range = vectors.tokensOverlapping(name);
            for (int piece = range[0]; piece < range[1]; piece++) {
                labels[piece] = EntityTagger.label(name.type(), piece == range[0]);
            }
        }
        float[] targets = new float[labels.length * outputs];
        for (int piece = 0; piece < labels.length; piece++) {
            targets[piece * outputs + labels[piece]] = 1;
        }
        return targets;
    }

    private static float[] probabilities(EntityTagger tagger, Doc doc) {
        return tagger.probabilities(doc.doc().text(), doc.doc().attachment(Encoding.VECTORS), doc.doc().layer(Sentences.LAYER));
    }

    private static List<Name> decode(Doc doc, float[] probabilities, double threshold) {
        return EntityTagger.decode(doc.doc().attachment(Encoding.VECTORS), probabilities, doc.doc().layer(Sentences.LAYER), threshold);
    }

    /** The score of the head's names at {@code threshold} over {@code docs}. */
    private static NerScorer score(byte[] onnx, List<Doc> docs, double threshold, EncoderSpec encoderSpec) {
        try (EntityTagger tagger = new EntityTagger(Head.fromBytes(EntityTagger.NAME, onnx, encoderSpec), threshold)) {
            return evaluate(tagger, docs);
        }
    }

    /** The score of {@code tagger}'s names over {@code docs}, micro-averaged. */
    static NerScorer evaluate(EntityTagger tagger, List<Doc> docs) {
        NerScorer total = NerScorer.NONE;
        for (Doc doc : docs) {
            total = total.plus(NerScorer.score(doc.gold(), tagger.names(doc.doc())));
        }
        return total;
    }

    private byte[] head(List<Tagger> taggers, EncoderSpec encoder, Map<String, Object> data, Map<String, Object> modelSettings,
            Map<String, Object> scores) {
        return EntityTagger.export(taggers, new Provenance(EntityTagger.NAME,
                "Names of people, organisations and places: B/I/O of PERSON, ORGANIZATION, LOCATION per word piece",
                TrainingRecord.now(), codeVersion, encoder.vectorsId(), data, modelSettings, settings.seed(), scores, libraries));
    }
}
