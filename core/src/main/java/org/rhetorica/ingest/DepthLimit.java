package org.rhetorica.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Bounds how deeply a page's elements nest before anything walks it: main-content extraction does
 * work for every element and each of its ancestors, so a page nested 100,000 levels deep (1.1 MB of
 * {@code <div>}) would take hours. Elements deeper than {@value #MAX_DEPTH} levels are unwrapped:
 * their text stays, in order, inside the element at the limit. Real pages nest a few dozen levels.
 */
final class DepthLimit {
    static final int MAX_DEPTH = 256;

    private DepthLimit() {}

    /**
     * Flattens what lies below {@value #MAX_DEPTH} levels under {@code root}, in place; returns a
     * warning when it did, else null.
     */
    static String flatten(Element root) {
        List<Element> atLimit = new ArrayList<>();
        Deque<Element> elements = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        elements.push(root);
        depths.push(0);
        while (!elements.isEmpty()) {
            Element element = elements.pop();
            int depth = depths.pop();
            // Child nodes, not children(): jsoup caches the latter, and readability4j, written for an
            // older jsoup, later changes the tree in ways that leave such a cache stale.
            for (int i = 0; i < element.childNodeSize(); i++) {
                if (element.childNode(i) instanceof Element child) {
                    if (depth + 1 > MAX_DEPTH) {
                        atLimit.add(element);
                        break;
                    }
                    elements.push(child);
                    depths.push(depth + 1);
                }
            }
        }
        boolean flattened = false;
        for (Element limit : atLimit) {
            // Every descendant, outermost first: unwrapping each moves its children up one level.
            List<Element> below = limit.getAllElements();
            for (int i = 1; i < below.size(); i++) {
                below.get(i).unwrap();
                flattened = true;
            }
        }
        return flattened ? "markup nests deeper than " + MAX_DEPTH + " elements; what lies deeper was read as one block" : null;
    }
}
