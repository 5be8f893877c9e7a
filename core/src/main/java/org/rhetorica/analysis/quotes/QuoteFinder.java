package org.rhetorica.analysis.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rhetorica.analysis.entities.Entity;
import org.rhetorica.analysis.quotes.AttributionTagger.Role;
import org.rhetorica.analysis.quotes.AttributionTagger.Tagged;
import org.rhetorica.analysis.quotes.QuoteMarks.Quotation;
import org.rhetorica.analysis.quotes.SpeechCues.Frame;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.doc.Spanned;
import org.rhetorica.text.Paragraphs;
import org.rhetorica.text.Post;
import org.rhetorica.text.Sentences;
import org.rhetorica.text.Turn;

/**
 * Makes quotes out of what the text's quotation marks, the English speech frames and the attribution
 * tagger find.
 *
 * <ul>
 *   <li>A quotation (outside any other) whose cue stands right beside it is a direct quote of that
 *       cue's speaker ({@link SpeechCues}). A quotation split around its cue ({@code "…," she said,
 *       "…"}) is two quotes sharing the cue and speaker: each quote's text is what was said, without
 *       the words between. Otherwise, where the tagger says the quotation is what someone says, the
 *       tagger's nearest cue and source attribute it; a tagged content with fewer than
 *       {@value #STRAY_WORDS} words outside a quotation is taken as that quotation.
 *   <li>A content the tagger finds outside quotation marks is an indirect quote, attributed to the
 *       tagger's nearest cue (within {@value #MAX_CUE_GAP} characters, in the same paragraph and the
 *       same interview turn or forum post; after the content only in a sentence it touches) and that
 *       cue's source ({@link #source}), or where the tagger found none, a person or organisation
 *       the entities layer has near the cue ({@link #entityNear}). Contents the tagger broke in pieces are joined first
 *       ({@link #joinFragments}); a content without a cue, or with fewer than {@value #CONTENT_WORDS}
 *       words, is dropped. It is direct
 *       when at least half of it stands in quotation marks ({@code called the plan "a ruin of a
 *       plan"}); quotations inside it are part of it, not quotes of their own.
 *   <li>A quotation nothing attributes is a mention (a scare quote, a title, a slogan) when it has
 *       fewer than {@value #STATEMENT_WORDS} words or does not end like a sentence (. ! ? …).
 *       Otherwise it is a direct quote of the quote before it in its paragraph; or, when it opens a
 *       paragraph, of the quote that ended the paragraph before, or of the person whose name opens
 *       that paragraph's last sentence ("Councillor Aino Rask … was not convinced." then a quoted
 *       paragraph); else of no one the text names (speaker null).
 * </ul>
 */
final class QuoteFinder {
    static final int MAX_CUE_GAP = 120;
    static final int MAX_SOURCE_GAP = 80;
    static final int STATEMENT_WORDS = 4;
    /** Words between two tagged contents that still make them one content broken in pieces. */
    static final int GAP_WORDS = 2;
    /** Fewest words of a tagged content outside quotation marks that makes a quote (one word is mostly noise). */
    static final int CONTENT_WORDS = 2;
    /** Words a tagged content may have outside a quotation and still be that quotation. */
    static final int STRAY_WORDS = 3;

    /** A quote before its speaker is named; {@code from} is the quotation it comes from, if any. */
    private record Draft(Span content, Quote.Kind kind, Span cue, Span mention, Quotation from) {}

    private final Document doc;
    private final String text;
    private final List<Span> paragraphs;
    private final List<Quotation> quotations;
    private final List<Tagged> cues = new ArrayList<>();
    private final List<Tagged> sources = new ArrayList<>();
    private final List<Tagged> contents = new ArrayList<>();
    private final SpanIndex<Quotation> quotationIndex;
    private final SpanIndex<Tagged> cueIndex;
    private final SpanIndex<Tagged> sourceIndex;
    private final SpanIndex<Span> paragraphIndex;
    private final SpanIndex<Span> sentenceIndex;
    private final SpanIndex<Spanned> stretchIndex;
    private final SpanIndex<Entity> entityIndex;
    /** Direct quotes from quotations by where their marks end, the first of each end: the quote before a quotation. */
    private final java.util.TreeMap<Integer, Draft> directByEnd = new java.util.TreeMap<>();
    /** Quotes that name a speaker, by where their content ends: the smallest place in the order they were made. */
    private final java.util.TreeMap<Integer, Integer> namingByEnd = new java.util.TreeMap<>();

    private QuoteFinder(Document doc, List<Quotation> quotations, List<Tagged> tagged) {
        this.doc = doc;
        this.text = doc.text();
        this.paragraphs = doc.layer(Paragraphs.LAYER);
        this.quotations = quotations.stream().filter(q -> q.depth() == 0).toList();
        for (Tagged span : tagged) {
            (span.role() == Role.CUE ? cues : span.role() == Role.SOURCE ? sources : contents).add(span);
        }
        this.quotationIndex = new SpanIndex<>(this.quotations, Quotation::marks);
        this.cueIndex = SpanIndex.of(cues);
        this.sourceIndex = SpanIndex.of(sources);
        this.paragraphIndex = SpanIndex.of(paragraphs);
        this.sentenceIndex = SpanIndex.of(doc.layer(Sentences.LAYER));
        List<Spanned> stretches = new ArrayList<>(doc.layer(Turn.LAYER));
        stretches.addAll(doc.layer(Post.LAYER));
        stretches.sort(java.util.Comparator.comparingInt(Spanned::start));
        this.stretchIndex = new SpanIndex<>(stretches, stretch -> stretch);
        this.entityIndex = SpanIndex.of(doc.layer(Entity.LAYER));
        joinFragments();
    }

    /**
     * Joins contents that the tagger broke in pieces: neighbours outside quotation marks, in one
     * paragraph, with at most {@value #GAP_WORDS} words and no cue or source between them are one
     * content. Pieces touching a quotation stay apart: the quotation decides what they belong to.
     */
    private void joinFragments() {
        List<Tagged> joined = new ArrayList<>();
        for (Tagged content : contents) {
            Tagged last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && joinable(last, content)) {
                joined.set(joined.size() - 1, new Tagged(Role.CONTENT, last.start(), content.end()));
            } else {
                joined.add(content);
            }
        }
        contents.clear();
        contents.addAll(joined);
    }

    private boolean joinable(Tagged first, Tagged second) {
        Span between = new Span(first.end(), second.start());
        if (!quotationIndex.overlapping(first).isEmpty() || !quotationIndex.overlapping(second).isEmpty()) {
            return false;
        }
        if (!cueIndex.overlapping(between).isEmpty() || !sourceIndex.overlapping(between).isEmpty()) {
            return false;
        }
        long words = Words.of(text, between.start(), between.end()).stream().filter(w -> !w.isPunctuation()).count();
        return words <= GAP_WORDS && text.substring(between.start(), between.end()).indexOf('\n') < 0;
    }

    /**
     * Quotes of the document from its quotations and tagged spans, in text order. Speakers are
     * resolved with the document's entities where it has them.
     */
    static List<Quote> find(Document doc, List<Quotation> quotations, List<Tagged> tagged) {
        return new QuoteFinder(doc, quotations, tagged).find();
    }

    private List<Quote> find() {
        List<Draft> drafts = new ArrayList<>();
        Set<Quotation> absorbed = new HashSet<>();
        List<Tagged> inQuotation = new ArrayList<>();
        for (Tagged content : contents) {
            Quotation holding = mostOverlapping(content);
            if (holding != null && wordsOutside(content, holding) < STRAY_WORDS) {
                inQuotation.add(content);
                continue;
            }
            Span span = trim(content);
            if (span != null && Words.of(text, span.start(), span.end()).stream().filter(w -> !w.isPunctuation()).count() < CONTENT_WORDS) {
                continue;
            }
            Tagged cue = span == null ? null : nearest(cueIndex, span, span, MAX_CUE_GAP);
            if (cue == null) {
                continue;
            }
            add(drafts, new Draft(span, quotedShare(span) * 2 >= span.length() ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT,
                    Span.of(cue), speakerOf(cue, span), null));
            for (Quotation quotation : quotationIndex.overlapping(span)) {
                if (overlap(quotation.inside(), span) * 2 >= quotation.inside().length()) {
                    absorbed.add(quotation);
                }
            }
        }
        SpanIndex<Tagged> inQuotationIndex = SpanIndex.of(inQuotation);
        List<Quotation> pending = new ArrayList<>();
        for (Quotation quotation : quotations) {
            if (absorbed.contains(quotation)) {
                continue;
            }
            Span content = trim(quotation.inside());
            if (content == null) {
                continue;
            }
            Frame frame = frame(quotation);
            Tagged cue = frame != null || !holdsTagged(quotation, inQuotationIndex) ? null : nearest(cueIndex, content, quotation.marks(), MAX_CUE_GAP);
            if (frame != null) {
                add(drafts, new Draft(content, Quote.Kind.DIRECT, frame.cue(), frame.speaker(), quotation));
            } else if (cue != null) {
                add(drafts, new Draft(content, Quote.Kind.DIRECT, Span.of(cue), speakerOf(cue, quotation.marks()), quotation));
            } else {
                pending.add(quotation);
            }
        }
        for (Quotation quotation : pending) {
            add(drafts, unattributed(quotation, drafts));
        }
        return speakers(drafts);
    }

    /** A quotation without cue: a mention, or a statement of the speaker the paragraphs around it imply. */
    private Draft unattributed(Quotation quotation, List<Draft> drafts) {
        Span content = trim(quotation.inside());
        if (isMention(content)) {
            return new Draft(content, Quote.Kind.MENTION, null, null, quotation);
        }
        Span paragraph = paragraphAt(quotation.marks().start());
        java.util.Map.Entry<Integer, Draft> latest = directByEnd.floorEntry(quotation.marks().start());
        Draft before = latest == null ? null : latest.getValue();
        if (before != null && paragraph != null && paragraph.contains(before.from().marks().start())) {
            return new Draft(content, Quote.Kind.DIRECT, before.cue(), before.mention(), quotation);
        }
        if (paragraph != null && paragraph.start() == quotation.marks().start()) {
            Span previous = paragraphBefore(paragraph);
            Span lastSentence = previous == null ? null : lastSentence(previous);
            if (lastSentence != null) {
                int first = Integer.MAX_VALUE;
                for (int index : namingByEnd.subMap(lastSentence.start() + 1, true, lastSentence.end(), true).values()) {
                    first = Math.min(first, index);
                }
                if (first < Integer.MAX_VALUE) {
                    Draft draft = drafts.get(first);
                    return new Draft(content, Quote.Kind.DIRECT, draft.cue(), draft.mention(), quotation);
                }
                Span name = nameOpening(lastSentence);
                if (name != null) {
                    return new Draft(content, Quote.Kind.DIRECT, null, name, quotation);
                }
            }
        }
        return new Draft(content, Quote.Kind.DIRECT, null, null, quotation);
    }

    /** Whether a quotation nothing attributes is not a statement: short, or not ending like a sentence. */
    private boolean isMention(Span content) {
        String inside = text.substring(content.start(), content.end()).strip();
        long words = Words.of(text, content.start(), content.end()).stream().filter(w -> !w.isPunctuation()).count();
        char last = inside.isEmpty() ? ' ' : inside.charAt(inside.length() - 1);
        return words < STATEMENT_WORDS || ".!?\u2026".indexOf(last) < 0;
    }

    /** The speech frame beside a quotation: after it in its paragraph, else before it. */
    private Frame frame(Quotation quotation) {
        Span paragraph = paragraphAt(quotation.marks().end() - 1);
        int limit = paragraph == null ? text.length() : paragraph.end();
        String inside = text.substring(quotation.inside().start(), quotation.inside().end());
        boolean open = !inside.isBlank() && ",?!\u2014-".indexOf(inside.strip().charAt(inside.strip().length() - 1)) >= 0;
        Frame after = SpeechCues.after(text, quotation.marks().end(), limit, open);
        if (after != null) {
            return after;
        }
        Span start = paragraphAt(quotation.marks().start());
        return SpeechCues.before(text, start == null ? 0 : start.start(), quotation.marks().start());
    }

    /** The name that opens a sentence, if it is one: capitalised words, not a pronoun or a determiner's phrase. */
    private Span nameOpening(Span sentence) {
        List<Words.Word> words = Words.of(text, sentence.start(), sentence.end());
        if (words.isEmpty() || !words.get(0).isCapitalised() || Words.isPronoun(words.get(0).text())
                || Words.DETERMINERS.contains(words.get(0).lower())) {
            return null;
        }
        List<Integer> ends = SpeechCues.phraseEnds(words, 0);
        if (ends.isEmpty() || ends.get(ends.size() - 1) < 2) {
            return null;
        }
        return new Span(words.get(0).start(), words.get(ends.get(ends.size() - 1) - 1).end());
    }

    private List<Quote> speakers(List<Draft> drafts) {
        SpeakerNames names = new SpeakerNames(doc);
        List<Quote> quotes = new ArrayList<>();
        for (Draft draft : drafts) {
            SpeakerNames.Speaker speaker = names.resolve(draft.mention(), draft.mention() == null ? null : voiceAt(draft.mention()),
                    draft.content());
            quotes.add(new Quote(draft.content().start(), draft.content().end(), draft.kind(), draft.cue(), draft.mention(),
                    speaker.name(), speaker.entity()));
        }
        quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        return quotes;
    }

    /** The interview turn or forum post holding {@code offset}, or null. */
    private Spanned stretchAt(int offset) {
        Spanned post = null;
        for (Spanned stretch : stretchIndex.overlapping(offset, offset + 1)) {
            if (stretch instanceof Turn) {
                return stretch;
            }
            post = post == null ? stretch : post;
        }
        return post;
    }

    /** Who speaks the stretch holding {@code span}: an interview turn's speaker or a post's author. */
    private String voiceAt(Span span) {
        String author = null;
        for (Spanned stretch : stretchIndex.overlapping(span)) {
            if (stretch instanceof Turn turn && turn.contains(span)) {
                return turn.speaker();
            }
            if (author == null && stretch instanceof Post post && post.contains(span)) {
                author = post.author();
            }
        }
        return author;
    }

    /** The words naming who says what a cue attributes: the tagger's source, else a person or organisation near the cue. */
    private Span speakerOf(Tagged cue, Spanned content) {
        Tagged source = source(cue, content);
        return source != null ? Span.of(source) : entityNear(cue, content);
    }

    /**
     * Where the tagger names no source for a cue, the entities layer may: the person or organisation
     * mentioned last before the cue in its sentence, outside what is said (the clause's subject:
     * "Holm, who chairs the board, said"), else the first within {@value #MAX_SOURCE_GAP} characters
     * after the cue ("said the minister").
     */
    private Span entityNear(Tagged cue, Spanned content) {
        Span sentence = sentenceAt(cue.start());
        if (sentence == null) {
            return null;
        }
        Entity before = null;
        Entity after = null;
        for (Entity entity : entityIndex.overlapping(sentence)) {
            if (!entity.canSpeak() || !sentence.contains(entity) || entity.overlaps(content) || entity.overlaps(cue)) {
                continue;
            }
            if (entity.end() <= cue.start() && (before == null || entity.end() >= before.end())) {
                before = entity;
            } else if (entity.start() >= cue.end() && entity.start() - cue.end() <= MAX_SOURCE_GAP && after == null) {
                after = entity;
            }
        }
        Entity chosen = before != null ? before : after;
        return chosen == null ? null : new Span(chosen.start(), chosen.end());
    }

    /**
     * The source of a cue: in the cue's sentence, the nearest source before it when no other cue
     * stands between them ("Anders Holm, the museum's director, said"); else the nearest after it
     * ("said Mayor Tomas Berglund"); else the nearest before it, across other cues ("X said … and
     * warned …"); else the nearest in the paragraph within {@value #MAX_SOURCE_GAP} characters.
     */
    private Tagged source(Tagged cue, Spanned content) {
        Span sentence = sentenceAt(cue.start());
        Tagged before = null;
        Tagged after = null;
        for (Tagged source : sentence == null ? List.<Tagged>of() : sourceIndex.overlapping(sentence)) {
            if (source.overlaps(content) || !sentence.contains(source)) {
                continue;
            }
            if (source.end() <= cue.start()) {
                before = source;
            } else if (source.start() >= cue.end() && source.start() - cue.end() <= MAX_SOURCE_GAP && after == null) {
                after = source;
            }
        }
        if (before != null && (after == null || !cueBetween(before, cue))) {
            return before;
        }
        return after != null ? after : nearest(sourceIndex, cue, content, MAX_SOURCE_GAP);
    }

    private boolean cueBetween(Tagged source, Tagged cue) {
        return cueIndex.overlapping(source.end(), cue.start()).stream()
                .anyMatch(other -> other != cue && other.start() >= source.end() && other.end() <= cue.start());
    }

    private Span sentenceAt(int offset) {
        return sentenceIndex.containing(offset);
    }

    /** Words of {@code span} outside the quotation's marks. */
    private int wordsOutside(Spanned span, Quotation quotation) {
        int count = 0;
        for (Words.Word word : Words.of(text, span.start(), span.end())) {
            if (!word.isPunctuation() && !quotation.marks().contains(word.start())) {
                count++;
            }
        }
        return count;
    }

    /**
     * The tagged span nearest {@code to} in the same paragraph and the same interview turn or forum
     * post (a turn's label is no cue of its words: the turn quote says who speaks them), within
     * {@code maxGap}, not overlapping {@code outside}; after {@code to} only in a sentence it touches.
     */
    private Tagged nearest(SpanIndex<Tagged> index, Spanned to, Spanned outside, int maxGap) {
        List<Tagged> candidates = index.overlapping(to.start() - maxGap - 1, to.end() + maxGap + 1);
        Span paragraph = paragraphAt(to.start());
        Span paragraphEnd = paragraphAt(Math.max(to.start(), to.end() - 1));
        Spanned stretch = stretchAt(to.start());
        Span lastSentence = sentenceAt(Math.max(to.start(), to.end() - 1));
        Tagged best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Tagged candidate : candidates) {
            if (candidate.overlaps(outside) || !(inside(paragraph, candidate) || inside(paragraphEnd, candidate))
                    || !Objects.equals(stretchAt(candidate.start()), stretch)) {
                continue;
            }
            if (candidate.start() >= to.end() && lastSentence != null && candidate.start() >= lastSentence.end()) {
                continue;
            }
            int gap = Math.max(0, Math.max(candidate.start() - to.end(), to.start() - candidate.end()));
            if (gap <= maxGap && gap < bestGap) {
                best = candidate;
                bestGap = gap;
            }
        }
        return best;
    }

    private static boolean inside(Span paragraph, Spanned span) {
        return paragraph != null && paragraph.contains(span);
    }

    private static boolean holdsTagged(Quotation quotation, SpanIndex<Tagged> tagged) {
        return !tagged.overlapping(quotation.marks()).isEmpty();
    }

    /** Adds a quote before its speaker is named, and to the indexes that find quotes before a quotation. */
    private void add(List<Draft> drafts, Draft draft) {
        int index = drafts.size();
        drafts.add(draft);
        if (draft.from() != null && draft.kind() == Quote.Kind.DIRECT) {
            directByEnd.putIfAbsent(draft.from().marks().end(), draft);
        }
        if (draft.kind() != Quote.Kind.MENTION && draft.mention() != null) {
            namingByEnd.merge(draft.content().end(), index, Math::min);
        }
    }

    private Quotation mostOverlapping(Spanned span) {
        Quotation best = null;
        for (Quotation quotation : quotationIndex.overlapping(span)) {
            if (overlap(span, quotation.marks()) > (best == null ? 0 : overlap(span, best.marks()))) {
                best = quotation;
            }
        }
        return best;
    }

    /** Characters of {@code span} inside quotation marks. */
    private int quotedShare(Span span) {
        return quotationIndex.overlapping(span).stream().mapToInt(q -> overlap(span, q.inside())).sum();
    }

    private static int overlap(Spanned a, Spanned b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    /** The span without surrounding white space and a trailing comma (the frame's, not the speaker's); null if empty. */
    private Span trim(Spanned span) {
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }

    private Span paragraphAt(int offset) {
        return paragraphIndex.containing(offset);
    }

    private Span paragraphBefore(Span paragraph) {
        int index = java.util.Collections.binarySearch(paragraphs, paragraph);
        return index > 0 ? paragraphs.get(index - 1) : null;
    }

    private Span lastSentence(Span paragraph) {
        Span last = null;
        for (Span sentence : sentenceIndex.overlapping(paragraph)) {
            if (paragraph.contains(sentence)) {
                last = sentence;
            }
        }
        return last != null ? last : paragraph;
    }
}
