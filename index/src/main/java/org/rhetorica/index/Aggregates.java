package org.rhetorica.index;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.rhetorica.analysis.quotes.QuoteCorpus;
import org.rhetorica.corpus.Tally;

/**
 * Counts a series over the documents a search matches, in buckets by time, source or speaker, from
 * each document's doc values (date, source, words, tallies): no stored field is read.
 */
final class Aggregates {
    /** The bucket of documents without a source, and of the words and spans of no named speaker. */
    static final String NONE = "";

    private Aggregates() {}

    static Aggregate run(Corpus.CorpusSearcher searcher, IndexConfig config, AggregateRequest request) throws IOException {
        Map<String, Counts> buckets = new HashMap<>();
        int[] undated = new int[1];
        searcher.search(Search.documentQuery(request.search(), config), new SimpleCollector() {
            private SortedDocValues published;
            private SortedDocValues source;
            private NumericDocValues words;
            private BinaryDocValues tallies;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                published = DocValues.getSorted(context.reader(), Schema.PUBLISHED_VALUES);
                source = DocValues.getSorted(context.reader(), Schema.SOURCE_VALUES);
                words = DocValues.getNumeric(context.reader(), Schema.WORDS);
                tallies = DocValues.getBinary(context.reader(), Schema.TALLIES);
            }

            @Override
            public void collect(int doc) throws IOException {
                long docWords = words.advanceExact(doc) ? words.longValue() : 0;
                List<Tally> docTallies = tallies.advanceExact(doc) ? Tallies.decode(tallies.binaryValue()) : List.of();
                if (request.by() == AggregateRequest.By.SPEAKER) {
                    addBySpeaker(buckets, request.series(), docTallies);
                    return;
                }
                String key;
                if (request.by().isTime()) {
                    key = published.advanceExact(doc) ? timeBucket(published.lookupOrd(published.ordValue()).utf8ToString(), request.by()) : null;
                    if (key == null) {
                        undated[0]++;
                        return;
                    }
                } else {
                    key = source.advanceExact(doc) ? source.lookupOrd(source.ordValue()).utf8ToString() : NONE;
                }
                Counts counts = buckets.computeIfAbsent(key, k -> new Counts());
                counts.documents++;
                counts.words += docWords;
                if (request.series().equals(AggregateRequest.DOCUMENTS)) {
                    counts.count++;
                } else {
                    for (Tally tally : docTallies) {
                        if (tally.series().equals(request.series())) {
                            counts.add(tally.label(), tally.count());
                        }
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        List<Aggregate.Bucket> list = new ArrayList<>();
        buckets.forEach((key, counts) -> list.add(new Aggregate.Bucket(key, counts.documents, counts.words, counts.count,
                Map.copyOf(counts.labels))));
        if (request.by().isTime()) {
            list.sort(Comparator.comparing(Aggregate.Bucket::key));
        } else {
            list.sort(Comparator.comparingLong(Aggregate.Bucket::count).reversed().thenComparing(Aggregate.Bucket::key));
            if (list.size() > request.top()) {
                list.subList(request.top(), list.size()).clear();
            }
        }
        return new Aggregate(request.series(), request.by(), List.copyOf(list), undated[0]);
    }

    /** A document's tallies by speaker: each speaker's words and spans, and the document once for each speaker in it. */
    private static void addBySpeaker(Map<String, Counts> buckets, String series, List<Tally> tallies) {
        Set<String> speakers = new HashSet<>();
        for (Tally tally : tallies) {
            String speaker = tally.speaker() == null ? NONE : tally.speaker();
            if (tally.series().equals(QuoteCorpus.WORDS)) {
                buckets.computeIfAbsent(speaker, k -> new Counts()).words += tally.count();
                speakers.add(speaker);
            } else if (tally.series().equals(series)) {
                buckets.computeIfAbsent(speaker, k -> new Counts()).add(tally.label(), tally.count());
                speakers.add(speaker);
            }
        }
        speakers.forEach(speaker -> {
            Counts counts = buckets.get(speaker);
            counts.documents++;
            if (series.equals(AggregateRequest.DOCUMENTS)) {
                counts.count++;
            }
        });
    }

    /** The bucket of a date for the interval, or null when the date is less precise than the interval. */
    static String timeBucket(String day, AggregateRequest.By by) {
        return switch (by) {
            case YEAR -> day.substring(0, 4);
            case MONTH -> day.length() >= 7 ? day.substring(0, 7) : null;
            case DAY -> day.length() >= 10 ? day : null;
            case WEEK -> day.length() >= 10 ? LocalDate.parse(day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString() : null;
            default -> throw new IllegalArgumentException(by + " is not a time interval");
        };
    }

    private static final class Counts {
        long documents;
        long words;
        long count;
        final Map<String, Long> labels = new TreeMap<>();

        void add(String label, long n) {
            count += n;
            if (!label.isEmpty()) {
                labels.merge(label, n, Long::sum);
            }
        }
    }
}
