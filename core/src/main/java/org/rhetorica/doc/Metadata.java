package org.rhetorica.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * What is known about a document besides its text. Every field but {@code id} and {@code origin}
 * may be null when the input does not say; {@code pipeline} is null until the document is analysed.
 *
 * @param published publication date or date-time as ISO 8601 text, as precise as the source gives it
 * @param publishedFrom how {@code published} was found, so that readers know which dates to trust:
 *     {@value #FROM_MARKUP} (the input's own data: HTML meta tags, a feed, a platform export),
 *     {@value #FROM_DATELINE} (the text's dateline or date line), {@value #FROM_FILENAME} (a date in
 *     the file's name), {@value #FROM_METADATA_FILE} (the metadata side file the user gave) or
 *     {@value #FROM_OPTION} (the {@code --published} option); null when there is no date
 * @param source the outlet or site
 * @param language ISO 639-1 code where one exists, else ISO 639-3; {@code "und"} when undetermined
 * @param warnings problems met while reading the document that did not stop it, for example bytes
 *     that are not valid in the chosen encoding
 * @param pipeline what analysed the document
 */
public record Metadata(
        String id,
        Origin origin,
        String title,
        String author,
        String published,
        String publishedFrom,
        String source,
        String url,
        String language,
        List<String> warnings,
        PipelineSpec pipeline) {

    /** The fields annotators may write, for their {@code produces()}. */
    public static final MetadataField TITLE = new MetadataField("title");
    public static final MetadataField AUTHOR = new MetadataField("author");
    public static final MetadataField PUBLISHED = new MetadataField("published");
    public static final MetadataField LANGUAGE = new MetadataField("language");

    public static final String FROM_MARKUP = "markup";
    public static final String FROM_DATELINE = "dateline";
    public static final String FROM_FILENAME = "filename";
    public static final String FROM_METADATA_FILE = "metadata-file";
    public static final String FROM_OPTION = "option";

    public Metadata {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a document needs an id");
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static Metadata of(String id, Origin origin) {
        return new Metadata(id, origin, null, null, null, null, null, null, null, List.of(), null);
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(id, origin, newTitle, author, published, publishedFrom, source, url, language, warnings, pipeline);
    }

    public Metadata withAuthor(String newAuthor) {
        return new Metadata(id, origin, title, newAuthor, published, publishedFrom, source, url, language, warnings, pipeline);
    }

    /** @param from how the date was found: one of the {@code FROM_} values */
    public Metadata withPublished(String newPublished, String from) {
        return new Metadata(id, origin, title, author, newPublished, newPublished == null ? null : from, source, url, language,
                warnings, pipeline);
    }

    public Metadata withSource(String newSource) {
        return new Metadata(id, origin, title, author, published, publishedFrom, newSource, url, language, warnings, pipeline);
    }

    public Metadata withUrl(String newUrl) {
        return new Metadata(id, origin, title, author, published, publishedFrom, source, newUrl, language, warnings, pipeline);
    }

    public Metadata withLanguage(String newLanguage) {
        return new Metadata(id, origin, title, author, published, publishedFrom, source, url, newLanguage, warnings, pipeline);
    }

    public Metadata withWarning(String warning) {
        List<String> all = new ArrayList<>(warnings);
        all.add(warning);
        return new Metadata(id, origin, title, author, published, publishedFrom, source, url, language, all, pipeline);
    }

    public Metadata withPipeline(PipelineSpec newPipeline) {
        return new Metadata(id, origin, title, author, published, publishedFrom, source, url, language, warnings, newPipeline);
    }
}
