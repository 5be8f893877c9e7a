package org.rhetorica.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhetorica.doc.Span;

/**
 * A byline read from one short paragraph: "By Mara Lindqvist", "By Ana Ruiz and Jon Berg, Coastal
 * Wire", "By Petra Nyberg · 14 July 2026". Also "Von", "Par", "Por", "Door", "Av". One name followed by
 * a comma and more words ("By Mara Lindqvist, Coastal Wire") is taken as author and outlet.
 *
 * @param end where the byline proper ends, relative to the paragraph: after the last author's name
 * @param authors the authors' names, in order
 * @param date where a date follows the names, relative to the paragraph, or null
 */
record Byline(int end, List<String> authors, Span date) {
    private static final int MAX_CHARS = 150;
    private static final String AND = "(?:and|und|et|y|en|och|e|&)";
    private static final Pattern BYLINE = Pattern.compile("(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|Av)\\s+(?:"
            + "(?<list>" + Names.NAME + "(?:\\s*,\\s*" + Names.NAME + ")*,?\\s+" + AND + "\\s+" + Names.NAME + ")"
            + "|(?<one>" + Names.NAME + "))"
            + "(?<rest>(?:\\s*[,|·•/(–—-]|\\s+(?:for|in|at|on)\\s).*)?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:" + AND + "\\s+)?|\\s+" + AND + "\\s+");
    private static final Pattern DATE = Pattern.compile(NewsDates.DATE);

    static Optional<Byline> parse(String paragraph) {
        if (paragraph.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Matcher m = BYLINE.matcher(paragraph);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean several = m.group("list") != null;
        String names = several ? m.group("list") : m.group("one");
        List<String> authors = several ? List.of(LIST_SEPARATOR.split(names)) : List.of(names);
        Span date = null;
        if (m.group("rest") != null) {
            Matcher dateMatch = DATE.matcher(paragraph).region(m.start("rest"), m.end("rest"));
            if (dateMatch.find()) {
                date = new Span(dateMatch.start(), dateMatch.end());
            }
        }
        return Optional.of(new Byline(m.end(several ? "list" : "one"), authors, date));
    }
}
