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
 * opens with one; and (2) at a headline block after a blank line, when the file itself opens with a
 * headline block. A sub-heading followed by an ordinary paragraph never splits, and neither does a
 * cut that would leave a part with nothing but its headline and header lines.
 */
final class ArticleSplitter {
    /** Headlines are short; longer lines are sentences. */
    private static final int MAX_TITLE_WORDS = 15;
    private static final int MAX_TITLE_CHARS = 120;
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
        for (int i = first + 1; i < lines.size(); i++) {
            int start = -1;
            if (lines.get(i).kind() == Kind.SEPARATOR && opensWithHeadline) {
                int next = nextText(i + 1);
                start = next >= 0 && opensArticle(next) ? next : -1;
            } else if (opensWithBlock && lines.get(i - 1).kind() != Kind.TEXT && headlineBlockHeader(i) >= 0) {
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

    private static boolean isHeadline(String line) {
        if (line.length() > MAX_TITLE_CHARS || isHeader(line)) {
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
