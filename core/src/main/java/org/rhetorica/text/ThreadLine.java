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
 * <p>Also, for the front-ends that need them: a display name alone ("Mara Quist", above a Disqus or
 * Discourse post's date), and nesting marks ("level 2" in Reddit, "2 replies" in YouTube, "↩ tidepool"
 * in Discourse).
 *
 * @param kind what the line is
 * @param handle the author's handle as shown, without a leading "u/" or "@" ("tidepool@lemmy.example"
 *     keeps its instance: the same name on two instances is two people), or null; for a NAME line the
 *     name, for a reply mark the handle it answers
 * @param score the points or votes shown, or null
 * @param age the age or date as shown ("4 hours ago", "3h", "2026-03-02"), or null
 * @param opening whether the header is a thread's opening post's ("submitted ... by", "Posted by",
 *     "142 points by", a forum's first "Post by")
 * @param level a Reddit nesting level ("level 2"), or null
 * @param replies how many replies follow ("2 replies"), or null
 */
record ThreadLine(Kind kind, String handle, Integer score, String age, boolean opening, Integer level, Integer replies) {
    enum Kind { HEADER, HANDLE, NAME, META, NUMBER, WIDGETS, NESTING, TEXT }

    static final ThreadLine TEXT = new ThreadLine(Kind.TEXT, null, null, null, false, null, null);

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

    private static final String SEPARATOR = "[\\s·•|⋅›]+|-(?=\\s)|\\*(?=\\s)";
    private static final String IGNORED = "(?:\\[[–—+-]\\]|\\[[SMA]\\]|\\(OP\\)|OP|level\\s+\\d+"
            + "|\\(\\d+\\s+(?:child|children|repl(?:y|ies)|comments?)\\)|\\(\\d+%\\s+upvoted\\)|(?i:\\d+\\s+comments?)"
            + "|\\d+\\s+Repl(?:y|ies)|\\((?i:edited)\\)|(?i:sort\\s+by(?:\\s+\\p{L}+)?)|(?i:by|to|hide|past|favorite|next|prev|root|top|login|flag|vouch)"
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
            + "|(?<ignored>" + IGNORED + ")|(?<age>" + AGE + END + ")|(?<count>[-−]?\\d{1,9}" + END + ")|(?<handle>" + HANDLE + END + "))");
    /** Hacker News: "142 points by sauna_sceptic 6 hours ago | hide | past | favorite | 38 comments". */
    private static final Pattern POINTS_BY = Pattern.compile("(?<points>\\d{1,9}) points? by (?<handle>" + HANDLE + ")\\s+(?<age>" + AGE
            + ")(?:\\s*\\|.*)?");
    /** phpBB: "Post by harbour_fan » Mon Mar 02, 2026 10:15 am". */
    private static final Pattern FORUM_POST = Pattern.compile("(?:Post\\s+)?by\\s+(?<handle>" + HANDLE + ")\\s+»\\s+(?<age>" + AGE + ")");
    /** A member's card beside a forum post: "Posts: 214", "Joined: Sat Jan 04, 2020 9:00 pm". */
    private static final Pattern PROFILE = Pattern.compile("(?:Posts|Joined|Location|Reputation|Karma|Contact|Rank|Likes)\\s*:.*");
    private static final Pattern LEVEL = Pattern.compile("level\\s+(\\d{1,2})");
    private static final Pattern REPLIES = Pattern.compile("(?:(?:view|show)\\s+)?(?:(\\d{1,4})\\s+(?:more\\s+)?repl(?:y|ies)|hide\\s+replies)");
    private static final Pattern REPLY_TO = Pattern.compile("(?:↩|replying\\s+to)\\s*(?<handle>" + HANDLE + ")");
    /** A display name alone: one to four capitalised words. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’.-]*){0,3}");
    private static final Pattern SUBMITTED = Pattern.compile("(?:r/[\\w-]+\\s*[·•]?\\s*)?(?i:submitted|posted)\\s+(?:"
            + "(?<age>" + AGE + ")\\s+(?:\\*\\s+)?(?i:by)\\s+(?<handle>" + HANDLE + ")"
            + "|(?i:by)\\s+(?<handle2>" + HANDLE + ")(?:\\s+(?<age2>" + AGE + "))?)"
            + "(?:\\s+(?i:to|in)\\s+\\S+)?\\s*");
    private static final Pattern GLUED_OP = Pattern.compile(".*[\\p{Ll}\\d]OP");
    private static final Pattern NUMBER = Pattern.compile("[-−]?\\d{1,9}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Words that stand before an age in ordinary pages ("Updated 2 hours ago") and are no handle. */
    private static final Set<String> NOT_HANDLES = Set.of("updated", "published", "posted", "edited", "modified",
            "created", "added", "submitted", "sent", "asked", "answered", "reported", "written", "filed", "last",
            "read", "listen", "watch", "ago", "by", "at", "on");

    static ThreadLine parse(String line) {
        if (line.length() > MAX_HEADER_CHARS) {
            return TEXT;
        }
        Matcher points = POINTS_BY.matcher(line);
        if (points.matches()) {
            return new ThreadLine(Kind.HEADER, handle(points.group("handle")), Integer.valueOf(points.group("points")),
                    points.group("age"), true, null, null);
        }
        if (isSentence(line)) {
            return TEXT;
        }
        if (NUMBER.matcher(line).matches()) {
            return new ThreadLine(Kind.NUMBER, null, Integer.valueOf(line.replace('−', '-')), null, false, null, null);
        }
        if (PROFILE.matcher(line).matches()) {
            return new ThreadLine(Kind.WIDGETS, null, null, null, false, null, null);
        }
        Matcher level = LEVEL.matcher(line);
        if (level.matches()) {
            return new ThreadLine(Kind.NESTING, null, null, null, false, Integer.valueOf(level.group(1)), null);
        }
        Matcher replies = REPLIES.matcher(line);
        if (replies.matches() && !Character.isUpperCase(line.charAt(line.length() - 1))) {
            return new ThreadLine(Kind.NESTING, null, null, null, false, null,
                    replies.group(1) == null ? null : Integer.valueOf(replies.group(1)));
        }
        Matcher replyTo = REPLY_TO.matcher(line);
        if (replyTo.matches()) {
            return new ThreadLine(Kind.NESTING, handle(replyTo.group("handle")), null, null, false, null, null);
        }
        Matcher forum = FORUM_POST.matcher(line);
        if (forum.matches()) {
            return new ThreadLine(Kind.HEADER, handle(forum.group("handle")), null, forum.group("age"), true, null, null);
        }
        Matcher submitted = SUBMITTED.matcher(line);
        if (submitted.matches()) {
            boolean ageFirst = submitted.group("handle") != null;
            return new ThreadLine(Kind.HEADER, handle(submitted.group(ageFirst ? "handle" : "handle2")), null,
                    submitted.group(ageFirst ? "age" : "age2"), true, null, null);
        }
        ThreadLine read = tokens(line);
        if (read.kind() == Kind.TEXT && NAME.matcher(line).matches() && line.length() <= 40) {
            return new ThreadLine(Kind.NAME, line, null, null, false, null, null);
        }
        return read;
    }

    /** Reads the line token by token; any token that is not part of a header makes it text. */
    private static ThreadLine tokens(String line) {
        String handle = null;
        Integer score = null;
        Integer count = null;
        String age = null;
        boolean widgets = false;
        boolean separators = false;
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
            } else if (m.group("count") != null && count == null) {
                count = Integer.valueOf(m.group("count").replace('−', '-'));
            } else if (m.group("handle") != null && handle == null && isHandle(m.group("handle"))) {
                handle = handle(m.group("handle"));
            } else if (m.group("separator") == null) {
                return TEXT;
            } else {
                separators = true;
            }
            at = m.end();
        }
        if (count != null && (handle != null || !widgets)) {
            return TEXT; // a number beside a name, or a number and words: text ("Route 9", "Harbour 2026")
        }
        if (handle != null) {
            return new ThreadLine(score != null || age != null ? Kind.HEADER : Kind.HANDLE, handle, score, age, false, null, null);
        }
        if (score != null || age != null || count != null) {
            return new ThreadLine(Kind.META, null, score != null ? score : count, age, false, null, null);
        }
        return widgets || separators ? new ThreadLine(Kind.WIDGETS, null, null, null, false, null, null) : TEXT;
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
        String handle = shown;
        for (String prefix : List.of("/u/", "u/", "@")) {
            if (handle.startsWith(prefix)) {
                handle = handle.substring(prefix.length());
                break;
            }
        }
        // Lemmy glues its "OP" badge to the handle when copied: "beacon_keeper@lemmy.exampleOP".
        return GLUED_OP.matcher(handle).matches() ? handle.substring(0, handle.length() - 2) : handle;
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
