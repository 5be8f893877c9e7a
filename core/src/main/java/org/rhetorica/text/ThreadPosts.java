package org.rhetorica.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Span;
import org.rhetorica.pipeline.Annotator;
import org.rhetorica.text.ThreadLine.Kind;

/**
 * Finds the posts and comments of a discussion thread saved as text or converted from HTML (Lemmy,
 * Reddit old and new, forums): each post opens with a header line ({@link ThreadLine}: handle, score,
 * age) and its body runs to the next header, without the widget lines around it ("reply link",
 * "arrow-up 48 arrow-down", "permalink save report"). A vote widget between two headers, or a bare
 * number between widget words, gives the score of the post above it when its header has none. Lines before the first header (the thread's
 * title) belong to no post.
 *
 * <p>Conservative: a thread needs at least two headers, bodies under at least half of them (two at
 * least), and a score or a widget line somewhere; an ordinary article has none of these.
 *
 * <p>A document that comes with its posts (a platform export, read by ingest) keeps them.
 *
 * <p>Works on lines, in any language; requires {@link Paragraphs#LINES}, produces {@link Post#LAYER}.
 * Stateless and thread-safe.
 */
public final class ThreadPosts implements Annotator {
    /** What this annotator produces, declared once for it and its provider. */
    public static final Set<DataKey> PRODUCES = Set.of(Post.LAYER);
    private static final int MIN_POSTS = 2;
    /** What a page shows in place of the handle of an account that no longer exists. */
    private static final String DELETED = "[deleted]";

    /** A post's header over lines {@code [first, last]}. */
    private record Header(int first, int last, String handle, Integer score, String age) {}

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
        List<Header> headers = headers(read);
        if (headers.size() < MIN_POSTS) {
            return doc.with(Post.LAYER, List.of());
        }
        boolean widgets = read.stream().anyMatch(line -> line.kind() == Kind.WIDGETS
                || line.kind() != Kind.NUMBER && line.score() != null);
        List<Post> posts = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            Header header = headers.get(k);
            int regionEnd = k + 1 < headers.size() ? headers.get(k + 1).first() : lines.size();
            // A vote widget above the first header belongs to the first post.
            int regionStart = k == 0 ? 0 : header.last() + 1;
            Post post = post(lines, read, header, regionStart, regionEnd);
            if (post != null) {
                posts.add(post);
            }
        }
        boolean thread = widgets && posts.size() >= MIN_POSTS && posts.size() * 2 >= headers.size();
        return doc.with(Post.LAYER, thread ? posts : List.of());
    }

    /**
     * Headers in line order: one header line, or a handle alone followed by its score or age; either
     * may be completed by the line after it ("arrow-up 48 arrow-down", or a bare number).
     */
    private static List<Header> headers(List<ThreadLine> read) {
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            ThreadLine line = read.get(i);
            boolean nextIsMeta = i + 1 < read.size() && read.get(i + 1).kind() == Kind.META;
            Header header;
            if (line.kind() == Kind.HEADER) {
                header = new Header(i, i, line.handle(), line.score(), line.age());
            } else if (line.kind() == Kind.HANDLE && nextIsMeta) {
                header = new Header(i, i + 1, line.handle(), read.get(i + 1).score(), read.get(i + 1).age());
            } else {
                continue;
            }
            header = completed(header, read);
            headers.add(header);
            i = header.last();
        }
        return headers;
    }

    /** The header with the score or age that the line after it adds to what it lacks. */
    private static Header completed(Header header, List<ThreadLine> read) {
        int next = header.last() + 1;
        if (next >= read.size() || header.score() != null && header.age() != null) {
            return header;
        }
        ThreadLine line = read.get(next);
        boolean adds = line.kind() == Kind.META || line.kind() == Kind.NUMBER && header.score() == null;
        return adds ? new Header(header.first(), next, header.handle(), either(header.score(), line.score()),
                either(header.age(), line.age())) : header;
    }

    /** A bare number between widget words, as "arrow-up", "48", "arrow-down" on lines of their own. */
    private static boolean isVoteCount(List<ThreadLine> read, int i) {
        boolean widgetsBefore = i > 0 && read.get(i - 1).kind() == Kind.WIDGETS;
        boolean widgetsAfter = i + 1 < read.size() && read.get(i + 1).kind() == Kind.WIDGETS;
        return read.get(i).kind() == Kind.NUMBER && widgetsBefore && widgetsAfter;
    }

    private static <T> T either(T first, T second) {
        return first != null ? first : second;
    }

    /** The post under {@code header}: text lines of lines {@code [from, to)} after the header, or null if none. */
    private static Post post(List<Span> lines, List<ThreadLine> read, Header header, int from, int to) {
        Integer score = header.score();
        int firstText = -1;
        int lastText = -1;
        for (int i = from; i < to; i++) {
            if (i >= header.first() && i <= header.last()) {
                continue;
            }
            ThreadLine line = read.get(i);
            boolean votes = line.kind() == Kind.META || isVoteCount(read, i);
            if (score == null && votes) {
                score = line.score();
            }
            boolean text = line.kind() == Kind.TEXT || line.kind() == Kind.HANDLE || line.kind() == Kind.NUMBER && !votes;
            if (text && i > header.last()) {
                firstText = firstText < 0 ? i : firstText;
                lastText = i;
            }
        }
        String author = header.handle().equals(DELETED) ? null : header.handle();
        return firstText < 0 ? null : new Post(lines.get(firstText).start(), lines.get(lastText).end(), null, null, 0, author,
                null, null, header.age(), score);
    }
}
