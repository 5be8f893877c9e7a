package org.rhetorica.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.pipeline.Annotator;

/**
 * Tells the language of each document with OpenNLP's language detector (103 languages) and writes it
 * into the metadata as an ISO 639-1 code where one exists. Texts too short or too mixed to tell get
 * {@code "und"}. The English-only annotators skip documents in other languages.
 */
public final class Language implements Annotator {
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(Metadata.LANGUAGE);
    private static final int SAMPLE_CHARS = 1000;
    private static final int MIN_LETTERS = 20;
    /**
     * How many times likelier than the runner-up the best language must be. The detector spreads its
     * probability over 103 languages, so on a short English paragraph the best may score only 0.05:
     * the lead over the second tells more than the score itself.
     */
    private static final double MIN_LEAD = 1.5;
    private static final Map<String, String> ISO_639_3_TO_1 = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            ISO_639_3_TO_1.put(Locale.forLanguageTag(code).getISO3Language(), code);
        }
    }

    private final ThreadSafeLanguageDetectorME detector;

    public Language(LanguageDetectorModel model) {
        this.detector = new ThreadSafeLanguageDetectorME(model);
    }

    /** With the 103-language model shipped in the OpenNLP models artifact. */
    public static Language load() {
        return new Language(OpenNlpModels.load("langdetect-183.bin", LanguageDetectorModel::new));
    }

    @Override
    public Set<DataKey> requires() {
        return Set.of();
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Document annotate(Document doc) {
        // What the text says beats what the markup declares: page templates often declare "en" for all.
        String detected = detect(doc.text());
        Metadata metadata = doc.metadata();
        String language = detected.equals("und") && metadata.language() != null ? metadata.language() : detected;
        return doc.with(metadata.withLanguage(language));
    }

    String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return "und";
        }
        opennlp.tools.langdetect.Language[] ranked = detector.predictLanguages(sample);
        opennlp.tools.langdetect.Language best = ranked[0];
        if (ranked.length > 1 && best.getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
            return "und";
        }
        return ISO_639_3_TO_1.getOrDefault(best.getLang(), best.getLang());
    }
}
