package org.rhetorica.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.analysis.entities.Aliases;
import org.rhetorica.analysis.entities.CanonicalNames;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Metadata;

/**
 * What the corpus page shows, gathered one document at a time: a row of counts per document and
 * totals per source and per speaker. It keeps counts only, never documents, so that a corpus of
 * any size fits in memory. Not thread-safe: one writer adds to it.
 */
final class CorpusSummary {
    /** One document's line in the corpus table; {@code counts} follow {@link #layerNames()}. */
    record Row(String file, String title, String source, String published, String language, List<String> warnings, int[] counts) {
        int count(int layer) {
            return layer < counts.length ? counts[layer] : 0;
        }
    }

    /**
     * Who speaks: a named speaker, or the own voice of a source (the spans of techniques that no
     * quote, turn or post attributes), {@code name} then being the source, or null if unknown.
     */
    record Voice(String name, boolean ownVoice) {}

    /** One voice's totals over the corpus. */
    static final class VoiceTotals {
        private int documents;
        private int quotes;
        private int words;
        private final Map<String, Integer> techniques = new LinkedHashMap<>();

        int documents() {
            return documents;
        }

        int quotes() {
            return quotes;
        }

        int words() {
            return words;
        }

        Map<String, Integer> techniques() {
            return Collections.unmodifiableMap(techniques);
        }

        int techniqueCount() {
            return techniques.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Adds another voice's totals: two names of one speaker. */
        private void add(VoiceTotals other) {
            documents += other.documents;
            quotes += other.quotes;
            words += other.words;
            other.techniques.forEach((technique, count) -> techniques.merge(technique, count, Integer::sum));
        }
    }

    private final List<String> layerNames = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Map<String, Integer>> techniquesBySource = new LinkedHashMap<>();
    private final Map<Voice, VoiceTotals> voices = new LinkedHashMap<>();
    private final CanonicalNames.Builder names;

    CorpusSummary(Aliases aliases) {
        this.names = CanonicalNames.builder(aliases);
    }

    /** Adds a document whose results were written under {@code file} (without extension). */
    void add(Document doc, String file) {
        Metadata meta = doc.metadata();
        int[] counts = new int[layerNames.size()];
        for (Layer<?> layer : doc.layers()) {
            if (layer.written()) {
                int index = layerNames.indexOf(layer.name());
                if (index < 0) {
                    layerNames.add(layer.name());
                    index = layerNames.size() - 1;
                    counts = Arrays.copyOf(counts, layerNames.size());
                }
                counts[index] = doc.layer(layer).size();
            }
        }
        rows.add(new Row(file, HtmlReport.titleOf(meta), meta.source(), meta.published(), meta.language(), meta.warnings(), counts));
        names.add(doc);

        Map<Voice, VoiceTotals> seen = new HashMap<>();
        Tallies.quotesBySpeaker(doc).forEach((speaker, tally) -> {
            if (speaker != null) {
                VoiceTotals totals = totals(new Voice(speaker, false), seen);
                totals.quotes += tally.quotes();
                totals.words += tally.words();
            }
        });
        Map<String, Integer> bySource = techniquesBySource.computeIfAbsent(meta.source(), source -> new LinkedHashMap<>());
        Tallies.techniquesBySpeaker(doc).forEach((speaker, techniques) -> {
            VoiceTotals totals = totals(speaker != null ? new Voice(speaker, false) : new Voice(meta.source(), true), seen);
            techniques.forEach((technique, count) -> {
                totals.techniques.merge(technique, count, Integer::sum);
                bySource.merge(technique, count, Integer::sum);
            });
        });
    }

    /** The voice's totals, counting this document once for it. */
    private VoiceTotals totals(Voice voice, Map<Voice, VoiceTotals> seenInDocument) {
        return seenInDocument.computeIfAbsent(voice, key -> {
            VoiceTotals totals = voices.computeIfAbsent(key, k -> new VoiceTotals());
            totals.documents++;
            return totals;
        });
    }

    /** Names of the written layers met, in order of first sight. */
    List<String> layerNames() {
        return Collections.unmodifiableList(layerNames);
    }

    List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Technique counts by technique label for each source (null: source unknown), sources in order of first sight. */
    Map<String, Map<String, Integer>> techniquesBySource() {
        return Collections.unmodifiableMap(techniquesBySource);
    }

    /**
     * Totals per voice, speakers by their canonical name over the corpus ("Sanders" in one document
     * and "Bernie Sanders" in another are one voice; a document naming both counts twice in its documents).
     */
    Map<Voice, VoiceTotals> voices() {
        CanonicalNames canonical = names.build();
        Map<Voice, VoiceTotals> merged = new LinkedHashMap<>();
        voices.forEach((voice, totals) -> merged.computeIfAbsent(
                voice.ownVoice() ? voice : new Voice(canonical.of(voice.name()), false), v -> new VoiceTotals()).add(totals));
        return Collections.unmodifiableMap(merged);
    }
}
