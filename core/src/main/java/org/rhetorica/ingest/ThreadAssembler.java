package org.rhetorica.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rhetorica.doc.Document;
import org.rhetorica.ingest.exports.ExportPost;

/**
 * Gathers the posts of an export, which come in any order, into threads, and hands each thread on
 * as a document ({@link ThreadDocument}) once it is complete: at the end of the input, or earlier
 * when the open threads together exceed a memory budget, the one left longest without a new post
 * first. So a dump of any size is read in bounded memory; a thread cut off by the budget continues in
 * a second document when more of its posts come, each saying so in its warnings.
 *
 * <p>Posts join the thread their reader names ({@link ExportPost#thread()}); where it names none, a
 * post joins the open thread of the post it answers, or opens one of its own. Not thread-safe.
 */
final class ThreadAssembler {
    private final String file;
    private final String idBase;
    private final long budget;
    private final Consumer<Document> documents;
    /** Open threads, the one with the oldest last post first. */
    private final LinkedHashMap<String, List<ExportPost>> open = new LinkedHashMap<>(16, 0.75f, true);
    /** The thread of every post of an open thread that names none, so that replies find it. */
    private final Map<String, String> threadOfPost = new HashMap<>();
    /** How many documents each thread has given so far, where it gave one. */
    private final Map<String, Integer> parts = new HashMap<>();
    private long size;

    /**
     * @param budget characters the open threads may hold together before the oldest is handed on
     */
    ThreadAssembler(String file, String idBase, long budget, Consumer<Document> documents) {
        this.file = file;
        this.idBase = idBase;
        this.budget = budget;
        this.documents = documents;
    }

    void add(ExportPost post) {
        String thread = post.thread();
        if (thread == null) {
            thread = post.parent() != null ? threadOfPost.get(post.parent()) : null;
            if (thread == null) {
                thread = post.id() != null ? post.id() : "record " + post.record();
            }
            if (post.id() != null) {
                threadOfPost.put(post.id(), thread);
            }
        }
        open.computeIfAbsent(thread, key -> new ArrayList<>()).add(post);
        size += post.size();
        while (size > budget && !open.isEmpty()) {
            flushEldest();
        }
    }

    /** Hands on every thread still open. */
    void finish() {
        while (!open.isEmpty()) {
            flushEldest();
        }
    }

    private void flushEldest() {
        Iterator<Map.Entry<String, List<ExportPost>>> eldest = open.entrySet().iterator();
        Map.Entry<String, List<ExportPost>> entry = eldest.next();
        eldest.remove();
        String thread = entry.getKey();
        List<ExportPost> posts = entry.getValue();
        for (ExportPost post : posts) {
            size -= post.size();
            if (post.thread() == null && post.id() != null) {
                threadOfPost.remove(post.id());
            }
        }
        int part = parts.merge(thread, 1, Integer::sum);
        String id = idBase + "#" + thread + (part > 1 ? "-" + part : "");
        List<String> warnings = new ArrayList<>();
        if (part > 1) {
            warnings.add("this thread continues " + idBase + "#" + thread + (part > 2 ? "-" + (part - 1) : "")
                    + ": its posts came too far apart in the input to be held together");
        }
        documents.accept(ThreadDocument.of(id, file, posts, warnings));
    }
}
