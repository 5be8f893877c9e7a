package org.rhetorica.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.text.ThreadLine.Kind;

/**
 * Finds the posts and comments of a discussion thread saved as text or copied from a browser
 * (Lemmy, Reddit old and new, Hacker News, Discourse, phpBB-style boards, YouTube and Disqus
 * comments). Each post opens with a header ({@link ThreadLine}): a handle or a display name with an
 * age, date or score, on one line or over several ("tidepool@feddit.example", "link", "arrow-up",
 * "14", "arrow-down", "0", "·", "1 day ago"); its text runs to the widget lines before the next
 * header ("reply link", "Reply Share 12", "•", "Share ›"), which leave the text; a score among them
 * ("Reply Share 412", a number before "Reply", "3 Likes") is the post's where its header has none.
 * Lines before the first header (the thread's title) belong to no post.
 *
 * <p>Nesting, where the layout shows it: indentation and bullets (Lemmy), "level N" (Reddit), "parent"
 * and "root" marks (Hacker News, which shows the depth only that far), "2 replies" (YouTube: the next
 * two comments answer the one above), a second name above the date (Disqus: the name answered) or
 * "↩ name" (Discourse). A thread whose first header is a submission's ("submitted ... by", "Posted
 * by", "142 points by", a board's first "Post by") has an opening post, which the top-level comments
 * answer. Posts are numbered {@code p1}, {@code p2}... in text order; {@code parent} names the post
 * answered, {@code depth} counts from 0. An absolute date ("Mon Mar 02, 2026 10:15 am") is also given
 * as {@code published}.
 *
 * <p>Conservative: a thread needs at least two headers, text under at least half of them (two at
 * least), and a score or a widget line somewhere; an ordinary article has none of these. A document
 * that comes with its posts (a platform export, read by ingest) keeps them.
 *
 * <p>Works on lines, in any language; requires {@link Paragraphs#LINES}, produces {@link Post#LAYER}.
 * Stateless and thread-safe.
 */
public final class ThreadPosts implements Annotator {
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(Post.LAYER);
    private static final int MIN_POSTS = 2;
    /** How far a header may spread over lines of its own (Lemmy's takes eleven). */
    private static final int MAX_HEADER_LINES = 14;
    /** What a page shows in place of the handle of an account that no longer exists. */
    private static final String DELETED = "[deleted]";
    private static final Pattern SUBJECT = Pattern.compile("Re:\\s.*");
    private static final Pattern TIME = Pattern.compile(",?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VOTE_WIDGET = Pattern.compile("(?i)arrow-up|arrow-down|▲|▼|⬆|⬇|upvote|downvote|vote");

    /** A post's header over lines {@code [first, last]}. */
    private record Header(int first, int last, String handle, String name, Integer score, String age, boolean opening,
            Integer level, String replyTo, int indent, boolean reply, boolean deep) {}

    /** A post before its place in the thread is known. */
    private record Found(Header header, int firstText, int lastText, Integer score, Integer replies) {}

    @Override
    public Set<DataKey> requires() {
        return Set.of(Paragraphs.LINES);
    }

    @Override
    public Set<DataKey> produces() {
        return PRODUCES;
    }

    @Override
    public Document annotate(Document doc) {
        if (doc.has(Post.LAYER)) {
            return doc; // posts a platform export gave exactly, with ids and parents
        }
        List<Span> lines = doc.layer(Paragraphs.LINES);
        List<ThreadLine> read = new ArrayList<>(lines.size());
        for (Span line : lines) {
            read.add(ThreadLine.parse(doc.text(line)));
        }
        List<Header> headers = headers(doc.text(), lines, read);
        if (headers.size() < MIN_POSTS) {
            return doc.with(Post.LAYER, List.of());
        }
        boolean widgets = read.stream().anyMatch(line -> line.kind() == Kind.WIDGETS
                || line.kind() != Kind.NUMBER && line.score() != null);
        List<Found> found = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            int end = k + 1 < headers.size() ? headers.get(k + 1).first() : lines.size();
            Found post = body(doc.text(), lines, read, headers.get(k), end);
            if (post != null) {
                found.add(post);
            }
        }
        boolean thread = widgets && found.size() >= MIN_POSTS && found.size() * 2 >= headers.size();
        return doc.with(Post.LAYER, thread ? placed(lines, found) : List.of());
    }

    /**
     * Headers in line order: a header line, or a handle or display name followed, through widget
     * lines only, by the age or score that makes it one; what follows on meta lines completes it.
     */
    private static List<Header> headers(String text, List<Span> lines, List<ThreadLine> read) {
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            ThreadLine line = read.get(i);
            if (line.kind() != Kind.HEADER && line.kind() != Kind.HANDLE && line.kind() != Kind.NAME) {
                continue;
            }
            Header header = header(text, lines, read, i);
            if (header != null) {
                headers.add(header);
                i = header.last();
            }
        }
        return headers;
    }

    /** The header starting at line {@code first}, or null when no age or score completes it. */
    private static Header header(String text, List<Span> lines, List<ThreadLine> read, int first) {
        ThreadLine opener = read.get(first);
        String handle = opener.kind() == Kind.NAME ? null : opener.handle();
        String name = opener.kind() == Kind.NAME ? opener.handle() : null;
        Integer score = opener.score();
        String age = opener.age();
        String replyTo = null;
        Integer up = null;
        Integer down = null;
        String lastWidget = "";
        int last = first;
        boolean complete = opener.kind() == Kind.HEADER;
        boolean opening = opener.opening();
        for (int i = first + 1; i < read.size() && i <= first + MAX_HEADER_LINES; i++) {
            ThreadLine line = read.get(i);
            String raw = text.substring(lines.get(i).start(), lines.get(i).end());
            if (line.kind() == Kind.TEXT || line.kind() == Kind.HEADER || complete && (line.kind() == Kind.HANDLE
                    || line.kind() == Kind.NAME || line.kind() == Kind.NESTING && line.handle() == null)) {
                break;
            }
            if (handle == null && line.kind() != Kind.NAME && line.kind() != Kind.META) {
                return null; // a name alone is a header only right above its date (Disqus, Discourse)
            }
            if (line.kind() == Kind.HANDLE && handle != null) {
                if (!lastWidget.equalsIgnoreCase("to")) {
                    return null; // a second handle: the header starts there
                }
                opening = true; // "creator to community": a Lemmy post
                lastWidget = "";
                last = i;
                continue;
            }
            if (line.kind() == Kind.NAME) {
                // A second name above the date answers a post (Disqus); a first one beside a handle is a display name.
                if (handle == null && name != null) {
                    replyTo = line.handle();
                } else if (name == null) {
                    name = line.handle();
                } else {
                    break;
                }
            } else if (line.kind() == Kind.HANDLE && handle == null && name == null) {
                handle = line.handle();
            } else if (line.kind() == Kind.NESTING && line.handle() != null) {
                replyTo = line.handle();
            } else if (line.kind() == Kind.NESTING) {
                break;
            } else if (line.kind() == Kind.NUMBER) {
                if (lastWidget.equalsIgnoreCase("arrow-up")) {
                    up = line.score();
                } else if (lastWidget.equalsIgnoreCase("arrow-down")) {
                    down = line.score();
                } else if (score == null) {
                    score = line.score();
                }
            } else if (line.kind() == Kind.META) {
                score = score != null ? score : line.score();
                age = age != null ? age : line.age();
                complete = complete || line.age() != null;
            }
            if (line.kind() == Kind.WIDGETS) {
                lastWidget = raw.strip();
            }
            last = i;
        }
        if (up != null) {
            score = up - (down == null ? 0 : down);
        }
        if (!complete && score == null && age == null) {
            return null;
        }
        if (handle == null && name == null) {
            return null;
        }
        // Only a date line closes a header of a name alone (Disqus, Discourse): a name and a number is text.
        if (handle == null && age == null) {
            return null;
        }
        String headerText = text.substring(lines.get(first).start(), lines.get(last).end());
        return new Header(first, last, handle != null ? handle : name, handle != null ? name : null, score, age,
                opening, levelBefore(read, first), replyTo, indent(text, lines.get(first)),
                headerText.contains("| parent") || headerText.contains("|parent"), headerText.contains("| root"));
    }

    /** A Reddit "level N" on the line before a header. */
    private static Integer levelBefore(List<ThreadLine> read, int first) {
        return first > 0 && read.get(first - 1).level() != null ? read.get(first - 1).level() : null;
    }

    /** How far a line is indented: spaces and tabs before it, and bullets. */
    private static int indent(String text, Span line) {
        int lineStart = text.lastIndexOf('\n', line.start() - 1) + 1;
        int indent = 0;
        for (int i = lineStart; i < line.end(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                indent++;
            } else if (c == '\t') {
                indent += 4;
            } else if (c == '•' || c == '◦' || c == '▪' || c == '‣') {
                indent += 2;
            } else {
                break;
            }
        }
        return indent;
    }

    /** The post under {@code header}: its text lines up to {@code end}, without the widget lines after it. */
    private static Found body(String text, List<Span> lines, List<ThreadLine> read, Header header, int end) {
        int firstText = -1;
        int lastText = -1;
        for (int i = header.last() + 1; i < end; i++) {
            ThreadLine line = read.get(i);
            boolean subject = i + 1 == end && SUBJECT.matcher(text.substring(lines.get(i).start(), lines.get(i).end())).matches();
            if ((line.kind() == Kind.TEXT || line.kind() == Kind.NAME) && !subject) {
                firstText = firstText < 0 ? i : firstText;
                lastText = i;
            } else if (line.kind() == Kind.NUMBER && firstText >= 0 && !footerScore(text, lines, read, i, end)
                    && !isVoteCount(read, i) && lastText == i - 1) {
                lastText = i; // a number that ends the text: text ("12" alone, or "Route 9")
            }
        }
        if (firstText < 0) {
            return null;
        }
        Integer score = header.score();
        Integer replies = null;
        for (int i = lastText + 1; i < end; i++) {
            ThreadLine line = read.get(i);
            if (score == null && (line.kind() == Kind.META && line.score() != null || isVoteCount(read, i)
                    || line.kind() == Kind.NUMBER && footerScore(text, lines, read, i, end))) {
                score = line.score();
            }
            if (line.kind() == Kind.NESTING && line.level() == null && line.handle() == null) {
                replies = line.replies() == null ? -1 : line.replies();
            }
        }
        return new Found(header, firstText, lastText, score, replies);
    }

    /** A number right before a widget that is no vote arrow ("25" then "Reply"; "5" then "•"), or between widgets. */
    private static boolean footerScore(String text, List<Span> lines, List<ThreadLine> read, int i, int end) {
        if (i + 1 >= end && i + 1 < read.size()) {
            return read.get(i - 1).kind() == Kind.WIDGETS;
        }
        if (i + 1 >= read.size()) {
            return read.get(i - 1).kind() == Kind.WIDGETS;
        }
        ThreadLine next = read.get(i + 1);
        boolean widgetAfter = next.kind() == Kind.WIDGETS && !VOTE_WIDGET.matcher(text.substring(lines.get(i + 1).start(),
                lines.get(i + 1).end())).find();
        boolean afterWidgets = read.get(i - 1).kind() == Kind.WIDGETS && (next.kind() == Kind.NESTING || i + 1 == end);
        return widgetAfter || afterWidgets;
    }

    /** A bare number between vote widgets, as "arrow-up", "48", "arrow-down" on lines of their own. */
    private static boolean isVoteCount(List<ThreadLine> read, int i) {
        boolean widgetsBefore = i > 0 && read.get(i - 1).kind() == Kind.WIDGETS;
        boolean widgetsAfter = i + 1 < read.size() && read.get(i + 1).kind() == Kind.WIDGETS;
        return read.get(i).kind() == Kind.NUMBER && widgetsBefore && widgetsAfter;
    }

    /** The posts with their ids, parents and depths, as the layout nests them. */
    private static List<Post> placed(List<Span> lines, List<Found> found) {
        boolean opening = found.get(0).header().opening();
        TreeSet<Integer> indents = new TreeSet<>();
        for (int k = opening ? 1 : 0; k < found.size(); k++) {
            indents.add(found.get(k).header().indent());
        }
        List<Post> posts = new ArrayList<>();
        int[] depths = new int[found.size()];
        int[] parents = new int[found.size()];
        int repliesLeft = 0;
        int repliesTo = -1;
        for (int k = 0; k < found.size(); k++) {
            Header header = found.get(k).header();
            int base = opening ? 1 : 0;
            int depth;
            int parent;
            if (k == 0 && opening) {
                depth = 0;
                parent = -1;
            } else if (header.replyTo() != null && lastBy(posts, header.replyTo()) >= 0) {
                parent = lastBy(posts, header.replyTo());
                depth = depths[parent] + 1;
            } else if (header.level() != null) {
                depth = header.level() - 1 + base;
                parent = lastAt(depths, k, depth - 1);
            } else if (header.reply()) {
                depth = base + (header.deep() ? 2 : 1);
                parent = lastAt(depths, k, depth - 1);
            } else if (repliesLeft != 0 && repliesTo >= 0) {
                depth = depths[repliesTo] + 1;
                parent = repliesTo;
                repliesLeft--;
            } else {
                depth = base + indents.headSet(header.indent()).size();
                parent = depth == 0 ? -1 : lastAt(depths, k, depth - 1);
            }
            if (parent < 0 && depth > 0) {
                depth = 0;
            }
            depths[k] = depth;
            parents[k] = parent;
            Found post = found.get(k);
            if (post.replies() != null) {
                repliesLeft = post.replies();
                repliesTo = k;
            }
            String author = header.handle().equals(DELETED) ? null : header.handle();
            posts.add(new Post(lines.get(post.firstText()).start(), lines.get(post.lastText()).end(), "p" + (k + 1),
                    parent < 0 ? null : "p" + (parent + 1), depth, author, header.name(),
                    published(header.age()), header.age(), post.score()));
        }
        return posts;
    }

    /** The date an age shows, when it is one with a year ("Mon Mar 02, 2026 10:15 am" gives 2026-03-02), else null. */
    private static String published(String age) {
        return age == null ? null : NewsDates.iso(TIME.matcher(age).replaceFirst("")).orElse(null);
    }

    private static int lastBy(List<Post> posts, String author) {
        for (int k = posts.size() - 1; k >= 0; k--) {
            if (author.equals(posts.get(k).author()) || author.equals(posts.get(k).authorName())) {
                return k;
            }
        }
        return -1;
    }

    /** The last post before {@code k} at {@code depth}, or -1. */
    private static int lastAt(int[] depths, int k, int depth) {
        for (int j = k - 1; j >= 0; j--) {
            if (depths[j] == depth) {
                return j;
            }
        }
        return -1;
    }
}
