package org.rhetorica.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of a saved discussion thread is: a post's header ("tram_enthusiast 31 points 4 hours
 * ago", "[–] gull_watcher 12 points 3 hours ago (1 child)", "submitted 5 hours ago by riverside_walker
 * to c/cityplanning", "Posted by u/quay_keeper 2 hours ago"), half of a header split over two lines
 * (a handle alone, then "· 4 hr. ago"), a vote widget with the score ("arrow-up 48 arrow-down"), a
 * bare number (a score where it follows a header, else text), a line of widget words ("reply link",
 * "permalink save report", "level 2"), or text.
 *
 * @param kind what the line is
 * @param handle the author's handle as shown, without a leading "u/" or "@" ("tidepool@lemmy.example"
 *     keeps its instance: the same name on two instances is two people), or null
 * @param score the points or votes shown, or null
 * @param age the age or date as shown ("4 hours ago", "3h", "2026-03-02"), or null
 */
record ThreadLine(Kind kind, String handle, Integer score, String age) {
    enum Kind { HEADER, HANDLE, META, NUMBER, WIDGETS, TEXT }

    static final ThreadLine TEXT = new ThreadLine(Kind.TEXT, null, null, null);

    /** Header lines are short; longer lines are text without a closer look. */
    private static final int MAX_HEADER_CHARS = 160;
    private static final int MAX_HEADER_WORDS = 14;

    private static final String UNIT = "(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
            + "|mo|mos|months?|y|yrs?|years?)";
    private static final String AGE = "(?:(?:\\d+|an?|one)\\s*" + UNIT + "\\.?\\s+ago|\\d+(?:s|m|h|d|w|mo|y)"
            + "|(?i:just now|yesterday|today)(?:\\s+at\\s+\\d{1,2}:\\d{2})?"
            + "|\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?"
            + "|" + NewsDates.DATE + "(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[ap]m)?)?)";
    private static final String HANDLE = "(?:/?u/|@)?(?:\\[deleted\\]|[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{1,38}"
            + "(?:@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)?)";
    private static final String END = "(?=[\\s·•|()\\[\\]]|$)";

    private static final String SEPARATOR = "[\\s·•|⋅]+|-(?=\\s)|\\*(?=\\s)";
    private static final String IGNORED = "(?:\\[[–—+-]\\]|\\[[SMA]\\]|\\(OP\\)|OP|level\\s+\\d+"
            + "|\\(\\d+\\s+(?:child|children|repl(?:y|ies)|comments?)\\)|\\(\\d+%\\s+upvoted\\)|\\d+\\s+comments?"
            + "|(?i:edited)(?:\\s+" + AGE + ")?|(?i:reply|replies|link|permalink|embed|save|saved|unsave|report|share"
            + "|more|edit|edit-2|delete|source|parent|context|hide|block|award|give\\s+award|vote|upvote|downvote"
            + "|collapse|expand|fedilink|quote|message|arrow-up|arrow-down|load\\s+more\\s+comments|more\\s+replies"
            + "|continue\\s+this\\s+thread|view\\s+more))" + END;
    private static final String SCORE = "(?:(?<points>[-−+]?(?:\\d{1,3}(?:,\\d{3}){1,2}|\\d{1,9})(?:\\.\\d)?k?)\\s*"
            + "(?i:points?|pts|votes?|upvotes?|likes?|karma)"
            + "|(?i:arrow-up|▲|⬆)\\s*(?<voted>[-−]?\\d{1,9})\\s*(?i:arrow-down|▼|⬇)?"
            + "|(?i:score)\\s*:?\\s*(?<scored>[-−]?\\d{1,9}))" + END;
    /** One token of a header line, where the last one ended; the first alternative that fits wins. */
    private static final Pattern TOKEN = Pattern.compile("(?:(?<separator>" + SEPARATOR + ")|(?<score>" + SCORE + ")"
            + "|(?<ignored>" + IGNORED + ")|(?<age>" + AGE + END + ")|(?<handle>" + HANDLE + END + "))");
    private static final Pattern SUBMITTED = Pattern.compile("(?i:submitted|posted)\\s+(?:"
            + "(?<age>" + AGE + ")\\s+(?:\\*\\s+)?(?i:by)\\s+(?<handle>" + HANDLE + ")"
            + "|(?i:by)\\s+(?<handle2>" + HANDLE + ")(?:\\s+(?<age2>" + AGE + "))?)"
            + "(?:\\s+(?i:to|in)\\s+\\S+)?\\s*");
    private static final Pattern NUMBER = Pattern.compile("[-−]?\\d{1,9}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Words that stand before an age in ordinary pages ("Updated 2 hours ago") and are no handle. */
    private static final Set<String> NOT_HANDLES = Set.of("updated", "published", "posted", "edited", "modified",
            "created", "added", "submitted", "sent", "asked", "answered", "reported", "written", "filed", "last",
            "read", "listen", "watch", "ago", "by", "at", "on");

    static ThreadLine parse(String line) {
        if (line.length() > MAX_HEADER_CHARS || isSentence(line)) {
            return TEXT;
        }
        if (NUMBER.matcher(line).matches()) {
            return new ThreadLine(Kind.NUMBER, null, Integer.valueOf(line.replace('−', '-')), null);
        }
        boolean mayBeSubmission = line.regionMatches(true, 0, "submitted", 0, 9) || line.regionMatches(true, 0, "posted", 0, 6);
        Matcher submitted = SUBMITTED.matcher(line);
        if (mayBeSubmission && submitted.matches()) {
            boolean ageFirst = submitted.group("handle") != null;
            return new ThreadLine(Kind.HEADER, handle(submitted.group(ageFirst ? "handle" : "handle2")), null,
                    submitted.group(ageFirst ? "age" : "age2"));
        }
        return tokens(line);
    }

    /** Reads the line token by token; any token that is not part of a header makes it text. */
    private static ThreadLine tokens(String line) {
        String handle = null;
        Integer score = null;
        String age = null;
        boolean widgets = false;
        Matcher m = TOKEN.matcher(line);
        int at = 0;
        while (at < line.length()) {
            if (!m.region(at, line.length()).lookingAt()) {
                return TEXT;
            }
            if (m.group("score") != null && score == null) {
                score = score(m);
            } else if (m.group("ignored") != null) {
                widgets = true;
            } else if (m.group("age") != null && age == null) {
                age = m.group("age");
            } else if (m.group("handle") != null && handle == null && isHandle(m.group("handle"))) {
                handle = handle(m.group("handle"));
            } else if (m.group("separator") == null) {
                return TEXT;
            }
            at = m.end();
        }
        if (handle != null) {
            return new ThreadLine(score != null || age != null ? Kind.HEADER : Kind.HANDLE, handle, score, age);
        }
        if (score != null || age != null) {
            return new ThreadLine(Kind.META, null, score, age);
        }
        return widgets ? new ThreadLine(Kind.WIDGETS, null, null, null) : TEXT;
    }

    /** More words than a header has, or a few closed by a full stop: most lines of prose, told at a glance. */
    private static boolean isSentence(String line) {
        int words = 1;
        for (int i = 1; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i - 1)) && !Character.isWhitespace(line.charAt(i))) {
                words++;
            }
        }
        char last = line.charAt(line.length() - 1);
        return words > MAX_HEADER_WORDS || words > 3 && (last == '.' || last == '!' || last == '?');
    }

    private static boolean isHandle(String token) {
        return LETTER.matcher(token).find() && !NOT_HANDLES.contains(token.toLowerCase(Locale.ROOT));
    }

    private static String handle(String shown) {
        for (String prefix : List.of("/u/", "u/", "@")) {
            if (shown.startsWith(prefix)) {
                return shown.substring(prefix.length());
            }
        }
        return shown;
    }

    private static Integer score(Matcher m) {
        String points = m.group("points");
        if (points == null) {
            points = m.group("voted") != null ? m.group("voted") : m.group("scored");
        }
        String number = points.replace('−', '-').replace(",", "").replace("+", "");
        if (number.endsWith("k")) {
            return (int) Math.round(Double.parseDouble(number.substring(0, number.length() - 1)) * 1000);
        }
        return Integer.valueOf(number);
    }
}
