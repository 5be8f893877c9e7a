package org.rhetorica.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.techniques.TechniqueSpan;
import org.rhetorica.doc.Document;
import org.rhetorica.text.Post;
import org.rhetorica.text.Turn;

/**
 * The speakers of one document (interview speakers, post authors, quote and technique speakers),
 * numbered in that order of first sight. A speaker's number gives the CSS class {@code s<number>},
 * which carries the speaker's own colour in variable {@code --sc}.
 */
final class Speakers {
    /** Hue step between consecutive speakers: the golden angle keeps any number of hues apart. */
    private static final double HUE_STEP = 137.508;

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    Speakers(Document doc) {
        doc.layer(Turn.LAYER).forEach(turn -> add(turn.speaker()));
        doc.layer(Post.LAYER).forEach(post -> add(post.author()));
        doc.layer(Quote.LAYER).forEach(quote -> add(quote.speaker()));
        doc.layer(TechniqueSpan.LAYER).forEach(span -> add(span.speaker()));
    }

    private void add(String name) {
        if (name != null && !numbers.containsKey(name)) {
            numbers.put(name, names.size());
            names.add(name);
        }
    }

    /** The class of the speaker's colour with a leading space, or "" for null or a name not in the document. */
    String cssClass(String name) {
        Integer number = name == null ? null : numbers.get(name);
        return number == null ? "" : " s" + number;
    }

    /** CSS rules giving each speaker's class its colour. */
    String css() {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            css.append(String.format(Locale.ROOT, ".s%d{--sc:hsl(%.0f,62%%,42%%)}", i, (i * HUE_STEP) % 360));
        }
        return css.toString();
    }
}
