package org.rhetorica.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Origin;

/**
 * HTML pages: decoded with the charset their markup declares, then extracted (see {@link
 * HtmlExtractor}). A page yields one document, or one per story on a page of several; its origin is
 * the whole page, or the story's markup.
 */
final class HtmlFormat {
    private final HtmlExtractor extractor;

    HtmlFormat(HtmlExtractor extractor) {
        this.extractor = extractor;
    }

    void read(InputFile file, byte[] bytes, Consumer<Document> documents, Consumer<InputFailure> failures)
            throws InputException {
        Numbering numbering = new Numbering(file.idBase(), documents);
        if (!addPage(Decoding.decode(bytes, null, true), file.display(), null, numbering)) {
            failures.accept(new InputFailure(file.display(), "no text found"));
        }
        numbering.finish();
    }

    /**
     * Adds the documents of one decoded page to {@code numbering}.
     *
     * @param file the input, for the documents' origin
     * @param address where the page was fetched from (the origin's record and the documents' URL), or
     *     null for a page read from a file
     * @return false when the page has no text
     */
    boolean addPage(DecodedText page, String file, String address, Numbering numbering) {
        List<HtmlExtractor.Extracted> extracted = extractor.extract(page.text());
        CodePoints codePoints = new CodePoints(page.text());
        for (HtmlExtractor.Extracted one : extracted) {
            Origin origin = new Origin(file, codePoints.toCodePoint(one.start()), codePoints.toCodePoint(one.end()), address);
            List<String> warnings = new ArrayList<>(page.warnings(one.start(), one.end()));
            warnings.addAll(one.warnings());
            PageMetadata fetched = new PageMetadata(null, null, null, null, address);
            numbering.add(new Draft(one.text(), origin, fetched.orElse(one.metadata()), warnings));
        }
        return !extracted.isEmpty();
    }
}
