package org.rhetorica.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.rhetorica.doc.Document;
import org.rhetorica.ingest.exports.ExportPost;
import org.rhetorica.ingest.exports.Json;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with ROME: one document per item, with its title, author
 * ({@code dc:creator}, {@code author}), date, link, and its full content ({@code content:encoded},
 * Atom {@code content}) or else its description, from HTML to text. The document's source is the
 * feed's title. Document type declarations are refused, so no external entity is ever fetched.
 */
final class FeedFormat {
    void read(InputFile file, byte[] bytes, Consumer<Document> documents, Consumer<InputFailure> failures) throws InputException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputException("not a valid RSS or Atom feed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        ThreadAssembler items = new ThreadAssembler(file.display(), file.idBase(), Long.MAX_VALUE, documents);
        String source = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        int added = 0;
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String text = Json.htmlText(content(entry));
            String title = blankToNull(entry.getTitle());
            if (text == null && title == null) {
                failures.accept(new InputFailure(file.display() + " (item " + (i + 1) + ")", "no text found"));
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new ExportPost(blankToNull(entry.getUri()), null, String.valueOf(i + 1), blankToNull(entry.getAuthor()), null,
                    date == null ? null : date.toInstant().toString(), null, title, text, blankToNull(entry.getLink()), source,
                    "item " + (i + 1)));
            added++;
        }
        items.finish();
        if (added == 0 && entries.isEmpty()) {
            failures.accept(new InputFailure(file.display(), "the feed has no items"));
        }
    }

    private static String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
