package org.rhetorica.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the articles in a plain-text file that holds several (an outlet's export, a scraped page of
 * stories). It is conservative: splitting one article in two is worse than leaving two together, so
 * a file splits only where every part opens the way its first part does.
 *
 * <ul>
 *   <li>A <b>headline</b> is a line of 2 to 15 words and at most 120 characters that starts with a
 *       capital or a digit and does not end with {@code . , ; :}; it stands alone when a blank line,
 *       a header line or the end of the file follows it.
 *   <li>A <b>header line</b> is a byline ("By Petra Nyberg · 14 July 2026"), a dateline ("PORT
 *       ELLING, March 3 (Coastal Wire) -"), a date line ("14 July 2026", "Published ...") or an
 *       editor's note ("Editor's note: ...").
 *   <li>A <b>headline block</b> is a headline followed, on the next line or after one blank line, by
 *       a header line.
 * </ul>
 * A file splits (1) at a separator line (three or more of {@code - = * _ ~ #}, spaces allowed, or a
 * form feed) that is followed by a standalone headline or an editor's note, when the file itself
 * opens with one; (2) at a headline block after a blank line, when the file itself opens with a
 * headline block; and (3), for articles run together without any separator (a scraped dump), at a
 * standalone headline (of up to {@value #MAX_DUMP_TITLE_WORDS} words) or an
 * editor's note after a blank line, where the topic shifts: the {@value #CONTEXT_PARAGRAPHS} paragraphs before and after it share little vocabulary
 * ({@link TopicShift} below {@value #MAX_SIMILARITY}), or where an author's bio closed the article
 * before ("… is a writer … He can be found on Twitter"). The file must itself open with such a
 * headline for (3). Lines that are the residue of embedded posts
 * ("— Name (@handle) March 3, 2017", "pic.twitter.com/…") are never headlines. A cut that would
 * leave a part with nothing but its headline and header lines is never made.
 */
final class ArticleSplitter {
    /** Headlines are short; longer lines are sentences. */
    private static final int MAX_TITLE_WORDS = 15;
    private static final int MAX_TITLE_CHARS = 120;
    private static final int MAX_DUMP_TITLE_WORDS = 30;
    private static final int MAX_BYLINE_CHARS = 100;

    private static final Pattern OPENING_QUOTE = Pattern.compile("^[\"“‘']");
    private static final Pattern RULE = Pattern.compile("([-=*_~#])(?:\\s*\\1){2,}");
    private static final Pattern BYLINE = Pattern.compile("(?:By|BY)\\s+(.{2,80}?)\\s*(?:[,·|—–]\\s*.*|\\s-\\s.*)?");
    private static final Set<String> NAME_CONNECTORS = Set.of(
            "and", "&", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "y");
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'-]*\\p{Lu}(?:,\\s*[^—–()]{1,40}?\\s*(?:\\([^)]{1,40}\\))?|\\s*\\([^)]{1,40}\\))\\s*[—–-]{1,2}(?:\\s.*)?");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    private static final Pattern DATE_LINE = Pattern.compile("(?:Published|Updated|Posted|Filed)\\b.{0,60}"
            + "|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
            + "(?:\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})"
            + "(?:[ ,T].{0,25})?");
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?i)editor['’]?s['’]?\\s+note\\s*:.*");
    /** The author's note that closes an article: "Ola Lind is a writer in Malmö. He can be found on Twitter @ola." */
    private static final Pattern BIO = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*\\s){1,4}is\\s+(?:an?|the)\\s[^.]{0,160}"
            + "(?:writer|reporter|editor|correspondent|columnist|contributor|author|journalist|fellow|producer)\\b.*"
            + "|.*(?:can be (?:found|reached|followed)|follow (?:him|her|them)) on (?:Twitter|X|Facebook|Instagram|Bluesky).*");
    /** What embedded posts leave in copied text: the attribution line, the picture link, the platform's prompt. */
    private static final Pattern EMBED_RESIDUE = Pattern.compile(
            "[—–-]\\s.{1,80}\\(@\\w{1,30}\\).*|.*pic\\.twitter\\.com/\\S+.*|A post shared by .*|View this post on Instagram"
            + "|.*\\(@\\w{1,30}\\) (?:on )?(?:January|February|March|April|May|June|July|August|September|October|November|December).*");
    /** Paragraphs on each side of a candidate seam whose words are compared. */
    static final int CONTEXT_PARAGRAPHS = 3;
    /** Seams whose sides' word cosine stays below this split (chosen on development dumps; README, "Articles run together"). */
    static final double MAX_SIMILARITY = 0.16;
    /** Content words each side needs before a shift says anything. */
    private static final int MIN_CONTEXT_WORDS = 40;

    /**
     * One article of the file.
     *
     * @param start first character, a UTF-16 index into the file's text (never white space)
     * @param end end, exclusive (the last character is never white space)
     * @param title its headline, when it opens with one, else null
     * @param author the name in its byline, when it opens with a headline block that has one, else null
     */
    record Part(int start, int end, String title, String author) {}

    private enum Kind { BLANK, SEPARATOR, TEXT }

    private record Line(int start, int end, String text, Kind kind) {}

    private final List<Line> lines;

    private ArticleSplitter(String text) {
        this.lines = lines(text);
    }

    /** The articles of {@code text} in order; one when it does not split, none when it has no text. */
    static List<Part> split(String text) {
        return new ArticleSplitter(text).parts();
    }

    private List<Part> parts() {
        int first = nextText(0);
        if (first < 0) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(first);
        boolean opensWithBlock = headlineBlockHeader(first) >= 0;
        boolean opensWithHeadline = opensArticle(first);
        boolean separated = lines.stream().anyMatch(line -> line.kind() == Kind.SEPARATOR);
        boolean opensWithDumpTitle = isLongHeadline(lines.get(first).text())
                && (first + 1 == lines.size() || lines.get(first + 1).kind() != Kind.TEXT);
        for (int i = first + 1; i < lines.size(); i++) {
            int start = -1;
            if (lines.get(i).kind() == Kind.SEPARATOR && opensWithHeadline) {
                int next = nextText(i + 1);
                start = next >= 0 && opensArticle(next) ? next : -1;
            } else if (opensWithBlock && lines.get(i - 1).kind() != Kind.TEXT && headlineBlockHeader(i) >= 0) {
                start = i;
            } else if (opensWithDumpTitle && !separated && runTogetherSeam(i)) {
                start = i;
            }
            int previous = starts.get(starts.size() - 1);
            if (start > previous && hasBody(previous, start)) {
                starts.add(start);
            }
        }
        if (starts.size() > 1 && !hasBody(starts.get(starts.size() - 1), lines.size())) {
            starts.remove(starts.size() - 1);
        }
        if (starts.size() == 1) {
            int last = lines.size() - 1;
            while (lines.get(last).text().isBlank()) {
                last--;
            }
            return List.of(part(first, lines.get(first).start(), lines.get(last).end(), opensWithBlock));
        }
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            int last = to - 1;
            while (lines.get(last).kind() != Kind.TEXT) {
                last--;
            }
            parts.add(part(from, lines.get(from).start(), lines.get(last).end(), standalone(from)));
        }
        return parts;
    }

    /**
     * Whether line {@code i} opens a new article in a dump without separators: a standalone headline
     * or an editor's note after a blank line and an article's end, where the topic shifts or a bio
     * closed the article before.
     */
    private boolean runTogetherSeam(int i) {
        Line line = lines.get(i);
        boolean alone = i + 1 == lines.size() || lines.get(i + 1).kind() != Kind.TEXT;
        boolean opens = alone && isLongHeadline(line.text()) || EDITORS_NOTE.matcher(line.text()).matches();
        if (line.kind() != Kind.TEXT || lines.get(i - 1).kind() != Kind.BLANK || !opens
                || EMBED_RESIDUE.matcher(line.text()).matches()) {
            return false;
        }
        int previous = previousText(i - 1);
        if (previous < 0) {
            return false;
        }
        String before = lines.get(previous).text();
        if (BIO.matcher(before).matches()) {
            return true;
        }
        java.util.Map<String, Integer> beforeWords = TopicShift.words(paragraphs(previous, -1));
        java.util.Map<String, Integer> afterWords = TopicShift.words(paragraphs(i, 1));
        return TopicShift.total(beforeWords) >= MIN_CONTEXT_WORDS && TopicShift.total(afterWords) >= MIN_CONTEXT_WORDS
                && TopicShift.similarity(beforeWords, afterWords) < MAX_SIMILARITY;
    }

    /** The text of {@value #CONTEXT_PARAGRAPHS} paragraphs from line {@code from}, forwards ({@code step} 1) or backwards (-1). */
    private String paragraphs(int from, int step) {
        StringBuilder text = new StringBuilder();
        int blocks = 0;
        for (int i = from; i >= 0 && i < lines.size() && blocks < CONTEXT_PARAGRAPHS; i += step) {
            Line line = lines.get(i);
            if (line.kind() == Kind.TEXT) {
                text.append(line.text()).append('\n');
            } else if (line.kind() == Kind.BLANK && i != from) {
                blocks++;
            }
        }
        return text.toString();
    }

    private int previousText(int from) {
        for (int i = from; i >= 0; i--) {
            if (lines.get(i).kind() == Kind.TEXT) {
                return i;
            }
        }
        return -1;
    }

    private Part part(int opening, int start, int end, boolean titled) {
        if (!titled) {
            return new Part(start, end, null, null);
        }
        String author = null;
        for (int i = opening + 1; i < Math.min(lines.size(), opening + 4) && author == null; i++) {
            author = bylineName(lines.get(i).text());
        }
        return new Part(start, end, lines.get(opening).text(), author);
    }

    /** Whether lines {@code [from, to)} hold text beyond the opening headline and header lines. */
    private boolean hasBody(int from, int to) {
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            if (line.kind() == Kind.TEXT && !(i == from && isHeadline(line.text())) && !isHeader(line.text())) {
                return true;
            }
        }
        return false;
    }

    private boolean opensArticle(int i) {
        return standalone(i) || EDITORS_NOTE.matcher(lines.get(i).text()).matches();
    }

    private boolean standalone(int i) {
        if (!isHeadline(lines.get(i).text())) {
            return false;
        }
        return i + 1 == lines.size() || lines.get(i + 1).kind() != Kind.TEXT || headlineBlockHeader(i) >= 0;
    }

    /** The index of the header line when line {@code i} opens a headline block, else -1. */
    private int headlineBlockHeader(int i) {
        if (lines.get(i).kind() != Kind.TEXT || !isHeadline(lines.get(i).text())) {
            return -1;
        }
        int next = i + 1 < lines.size() && lines.get(i + 1).kind() == Kind.BLANK ? i + 2 : i + 1;
        boolean header = next < lines.size() && lines.get(next).kind() == Kind.TEXT && isHeader(lines.get(next).text());
        return header ? next : -1;
    }

    private int nextText(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.TEXT) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A headline as dumps of scraped articles have them: up to {@value #MAX_DUMP_TITLE_WORDS} words
     * (titles written for clicks run long), a capital or digit first, no full stop, comma, semicolon or colon last.
     */
    private static boolean isLongHeadline(String line) {
        if (line.length() > 2 * MAX_TITLE_CHARS || isHeader(line) || EMBED_RESIDUE.matcher(line).matches()) {
            return false;
        }
        int words = line.split("\\s+").length;
        String unquoted = OPENING_QUOTE.matcher(line).replaceFirst("");
        int first = unquoted.isEmpty() ? ' ' : unquoted.codePointAt(0);
        return words >= 2 && words <= MAX_DUMP_TITLE_WORDS && (Character.isUpperCase(first) || Character.isDigit(first))
                && ".,;:".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static boolean isHeadline(String line) {
        if (line.length() > MAX_TITLE_CHARS || isHeader(line) || EMBED_RESIDUE.matcher(line).matches()) {
            return false;
        }
        int words = line.split("\\s+").length;
        String unquoted = OPENING_QUOTE.matcher(line).replaceFirst("");
        int first = unquoted.isEmpty() ? ' ' : unquoted.codePointAt(0);
        return words >= 2 && words <= MAX_TITLE_WORDS
                && (Character.isUpperCase(first) || Character.isDigit(first))
                && ".,;:".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static boolean isHeader(String line) {
        return bylineName(line) != null || DATELINE.matcher(line).matches() || DATE_LINE.matcher(line).matches()
                || EDITORS_NOTE.matcher(line).matches();
    }

    /** The names in a byline ("By Ana Ruiz and Tom Bell, Staff" gives "Ana Ruiz and Tom Bell"), else null. */
    private static String bylineName(String line) {
        Matcher byline = BYLINE.matcher(line);
        if (line.length() > MAX_BYLINE_CHARS || !byline.matches() || ".!?".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return null;
        }
        String names = byline.group(1);
        for (String word : names.split("\\s+")) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !NAME_CONNECTORS.contains(word)) {
                return null;
            }
        }
        return names;
    }

    /** The lines of {@code text}; a form feed counts as a separator line of its own. */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r' && c != '\f') {
                continue;
            }
            int from = start;
            int to = i;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            String content = text.substring(from, to);
            Kind kind = content.isEmpty() ? Kind.BLANK : RULE.matcher(content).matches() ? Kind.SEPARATOR : Kind.TEXT;
            lines.add(new Line(from, to, content, kind));
            if (c == '\f') {
                lines.add(new Line(i, i + 1, "\f", Kind.SEPARATOR));
            }
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
        return lines;
    }
}
