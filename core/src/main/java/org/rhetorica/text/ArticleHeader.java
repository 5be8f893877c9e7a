package org.rhetorica.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.text.HeaderPart.Kind;

/**
 * Finds the headline, bylines, datelines and editor's notes of a text from its layout.
 *
 * <ul>
 *   <li>Headline: the first line when it stands alone (or above a byline, a date or a thread's first
 *       post), is short, and ends in no comma or colon (in a full stop only if shorter still); when the
 *       metadata has a title, only a first line that repeats it.
 *   <li>Byline: one of the first lines, "By" and names ({@link Byline}); a date after the names is a
 *       dateline of its own.
 *   <li>Dateline: among the first lines, a line that is only a date ("14 July 2026", "Updated March
 *       3, 2026 at 9:15"), or the place-date-agency opening of a paragraph ("PORT ELLING, March 3
 *       (Coastal Wire) -"), the place in capitals unless a date or an agency follows.
 *   <li>Editor's note: a paragraph among the first or last few that opens with "Editor's note",
 *       "Correction", "This interview has been edited…" or "(Reporting by…".
 * </ul>
 *
 * Where the metadata lacks them, the title comes from the headline, the author from the bylines
 * (several joined with ", ") and the publication date from the first dateline with day, month and
 * year. Bylines are read in several languages, dates and notes in English.
 *
 * <p>Requires {@link Paragraphs#LAYER} and {@link Paragraphs#LINES}; produces {@link HeaderPart#LAYER}
 * and fills in the title, author and publication date where the metadata lacks them.
 * Stateless and thread-safe.
 */
public final class ArticleHeader implements Annotator {
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(HeaderPart.LAYER, Metadata.TITLE, Metadata.AUTHOR, Metadata.PUBLISHED);
    /** Bylines and datelines stand among the first lines; notes among the first and last paragraphs. */
    private static final int TOP_LINES = 6;
    private static final int TOP_PARAGRAPHS = 6;
    private static final int BOTTOM_PARAGRAPHS = 3;
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final int MAX_HEADLINE_WORDS_WITH_STOP = 20;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "(?<place>\\p{Lu}[\\p{L}\\p{M}'’.]*(?:[ -]\\p{Lu}[\\p{L}\\p{M}'’.]*){0,3})"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})??"
            + "(?:,\\s*(?<date>" + NewsDates.DATE + "))?"
            + "\\s*(?:\\((?<agency>[^()\\n]{2,40})\\))?"
            + "\\s*[-–—]{1,2}(?=\\s|$)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:(?i:published|updated|posted)\\s*:?\\s*)?(?<date>" + NewsDates.DATE + ")"
            + "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+\\p{Lu}{2,5})?)?");
    private static final Pattern EDITORS_NOTE = Pattern.compile(
            "[(\\[]?(?i:editor['’]?s['’]?\\s+note|note\\s+from\\s+the\\s+editors?|correction|clarification)\\b"
            + "|[(\\[]?(?i:(?:this|the)\\s+(?:interview|conversation|transcript|discussion|q&a)\\s+(?:has\\s+been|was|is)\\b"
            + "[^.]{0,80}\\b(?:edited|condensed|translated|shortened))"
            + "|\\((?i:(?:additional\\s+)?reporting\\s+by|writing\\s+by|editing\\s+by|compiled\\s+by)\\b");
    /** Capitals that open a paragraph before a dash and are no place. */
    private static final Set<String> NOT_PLACES = Set.of("ANALYSIS", "BREAKING", "COMMENTARY", "EDITORIAL", "EXCLUSIVE",
            "LIVE", "OPINION", "PHOTOS", "REVIEW", "UPDATE", "UPDATED", "VIDEO", "WATCH");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*[|:–—-]\\s.*");

    @Override
    public Set<DataKey> requires() {
        return Set.of(Paragraphs.LAYER, Paragraphs.LINES);
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Document annotate(Document doc) {
        List<Span> lines = doc.layer(Paragraphs.LINES);
        List<Span> paragraphs = doc.layer(Paragraphs.LAYER);
        List<Span> notes = editorsNotes(doc, paragraphs);
        Found found = new Found();
        int first = 0;
        if (!lines.isEmpty() && !overlapsAny(lines.get(0), notes) && isHeadline(doc, lines, paragraphs)) {
            found.parts.add(new HeaderPart(lines.get(0).start(), lines.get(0).end(), Kind.HEADLINE));
            first = 1;
        }
        for (int i = first; i < Math.min(TOP_LINES, lines.size()); i++) {
            if (!overlapsAny(lines.get(i), notes)) {
                readTopLine(doc, lines.get(i), opensParagraph(paragraphs, lines.get(i)), found);
            }
        }
        notes.forEach(note -> found.parts.add(new HeaderPart(note.start(), note.end(), Kind.EDITORS_NOTE)));
        return doc.with(HeaderPart.LAYER, found.parts).with(filled(doc, found));
    }

    /** Paragraphs among the first and the last few that open with an editor's note. */
    private static List<Span> editorsNotes(Document doc, List<Span> paragraphs) {
        int size = paragraphs.size();
        return IntStream.concat(IntStream.range(0, Math.min(TOP_PARAGRAPHS, size)),
                        IntStream.range(Math.max(TOP_PARAGRAPHS, size - BOTTOM_PARAGRAPHS), size))
                .mapToObj(paragraphs::get)
                .filter(paragraph -> EDITORS_NOTE.matcher(doc.text(paragraph)).lookingAt())
                .toList();
    }

    private static boolean overlapsAny(Span line, List<Span> spans) {
        return spans.stream().anyMatch(line::overlaps);
    }

    /** What the header gives, gathered line by line. */
    private static final class Found {
        final List<HeaderPart> parts = new ArrayList<>();
        final List<String> authors = new ArrayList<>();
        String published;
        boolean placeDatelineSeen;

        void date(String date) {
            if (published == null) {
                published = NewsDates.iso(date).orElse(null);
            }
        }
    }

    private static void readTopLine(Document doc, Span line, boolean opensParagraph, Found found) {
        String text = doc.text(line);
        Optional<Byline> byline = found.authors.isEmpty() ? Byline.parse(text) : Optional.empty();
        if (byline.isPresent()) {
            found.parts.add(new HeaderPart(line.start(), line.start() + byline.get().end(), Kind.BYLINE));
            found.authors.addAll(byline.get().authors());
            Span date = byline.get().date();
            if (date != null) {
                found.parts.add(new HeaderPart(line.start() + date.start(), line.start() + date.end(), Kind.DATELINE));
                found.date(text.substring(date.start(), date.end()));
            }
            return;
        }
        Matcher dateLine = DATE_LINE.matcher(text);
        if (dateLine.matches()) {
            found.parts.add(new HeaderPart(line.start(), line.end(), Kind.DATELINE));
            found.date(dateLine.group("date"));
            return;
        }
        Matcher placeLine = PLACE_DATELINE.matcher(text);
        if (opensParagraph && !found.placeDatelineSeen && placeLine.lookingAt() && isPlaceDateline(placeLine)) {
            found.placeDatelineSeen = true;
            found.parts.add(new HeaderPart(line.start(), line.start() + placeLine.end(), Kind.DATELINE));
            if (placeLine.group("date") != null) {
                found.date(placeLine.group("date"));
            }
        }
    }

    /** A place in capitals ("PORT ELLING -"), or any place with a date or an agency. */
    private static boolean isPlaceDateline(Matcher placeLine) {
        String place = placeLine.group("place");
        if (NOT_PLACES.contains(place)) {
            return false;
        }
        return place.length() >= 2 && Names.isAllCaps(place) || placeLine.group("date") != null || placeLine.group("agency") != null;
    }

    private static boolean opensParagraph(List<Span> paragraphs, Span line) {
        return Collections.binarySearch(paragraphs, new Span(line.start(), line.start()),
                Comparator.comparingInt(Span::start)) >= 0;
    }

    private static boolean isHeadline(Document doc, List<Span> lines, List<Span> paragraphs) {
        if (lines.size() < 2) {
            return false;
        }
        String first = doc.text(lines.get(0));
        String second = doc.text(lines.get(1));
        // A first line that shares its paragraph with prose is the start of a hard-wrapped paragraph.
        boolean standsAlone = opensParagraph(paragraphs, lines.get(1)) || Byline.parse(second).isPresent()
                || DATE_LINE.matcher(second).matches() || ThreadLine.parse(second).kind() == ThreadLine.Kind.HEADER;
        if (!standsAlone || Byline.parse(first).isPresent()) {
            return false;
        }
        String title = doc.metadata().title();
        if (title != null) {
            return repeatsTitle(oneLine(first), oneLine(title));
        }
        char last = first.charAt(first.length() - 1);
        int words = WHITE_SPACE.split(first).length;
        // Some outlets and corpora end headlines with a full stop; a body paragraph that short is rare.
        boolean closes = ",;:".indexOf(last) >= 0 || last == '.' && words > MAX_HEADLINE_WORDS_WITH_STOP;
        // "<!DOCTYPE html>" or "{"id": 1}" is markup that reached us unconverted, not a headline.
        boolean markup = first.charAt(0) == '<' || first.charAt(0) == '{';
        return first.length() <= MAX_HEADLINE_CHARS
                && words <= MAX_HEADLINE_WORDS
                && !closes && !markup
                && first.codePoints().anyMatch(Character::isLetter);
    }

    /** The line is the title, or the title is the line and the site's name after a separator. */
    private static boolean repeatsTitle(String line, String title) {
        String lowerLine = line.toLowerCase(Locale.ROOT);
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        return lowerLine.equals(lowerTitle)
                || lowerTitle.startsWith(lowerLine) && TITLE_SEPARATOR.matcher(lowerTitle.substring(lowerLine.length())).matches();
    }

    private static Metadata filled(Document doc, Found found) {
        Metadata metadata = doc.metadata();
        HeaderPart first = found.parts.isEmpty() ? null : found.parts.get(0);
        if (metadata.title() == null && first != null && first.kind() == Kind.HEADLINE) {
            metadata = metadata.withTitle(oneLine(doc.text(first)));
        }
        if (metadata.author() == null && !found.authors.isEmpty()) {
            metadata = metadata.withAuthor(String.join(", ", found.authors));
        }
        // A date line in the text is surer than one the user gave for every file, or a file's name.
        boolean weak = metadata.published() == null || Metadata.FROM_FILENAME.equals(metadata.publishedFrom())
                || Metadata.FROM_OPTION.equals(metadata.publishedFrom());
        if (weak && found.published != null) {
            metadata = metadata.withPublished(found.published, Metadata.FROM_DATELINE);
        }
        return metadata;
    }

    private static String oneLine(String text) {
        return WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
    }
}
