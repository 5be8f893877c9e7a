package org.rhetorica.ingest;

import java.util.List;
import java.util.function.Consumer;
import org.rhetorica.doc.CodePoints;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Origin;

/**
 * Plain text: decoded (see {@link Decoding}), then one document per article (see {@link
 * ArticleSplitter}). A document's text is exactly the file's text in its origin range.
 */
final class PlainTextFormat {
    void read(InputFile file, byte[] bytes, Consumer<Document> documents, Consumer<InputFailure> failures)
            throws InputException {
        DecodedText decoded = Decoding.decode(bytes, null, false);
        List<ArticleSplitter.Part> parts = ArticleSplitter.split(decoded.text());
        if (parts.isEmpty()) {
            failures.accept(new InputFailure(file.display(), "no text found"));
            return;
        }
        CodePoints codePoints = new CodePoints(decoded.text());
        Numbering numbering = new Numbering(file.idBase(), documents);
        for (ArticleSplitter.Part part : parts) {
            Origin origin = new Origin(file.display(), codePoints.toCodePoint(part.start()), codePoints.toCodePoint(part.end()), null);
            numbering.add(new Draft(decoded.text().substring(part.start(), part.end()), origin,
                    new PageMetadata(part.title(), part.author(), null, null, null), decoded.warnings(part.start(), part.end())));
        }
        numbering.finish();
    }
}
