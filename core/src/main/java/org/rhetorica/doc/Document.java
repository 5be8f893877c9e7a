package org.rhetorica.doc;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text and the layers of spans laid over it (standoff annotation). The text never changes; every
 * annotator returns a new document with its layers added. Documents are immutable and safe to share
 * between threads.
 *
 * <pre>{@code
 * for (Span sentence : doc.layer(Sentences.LAYER)) System.out.println(doc.text(sentence));
 * }</pre>
 */
public final class Document {
    private static final Comparator<Spanned> BY_POSITION =
            Comparator.comparingInt(Spanned::start).thenComparingInt(Spanned::end);

    private final String text;
    private final Metadata metadata;
    private final Map<Layer<?>, List<?>> layers;
    private final Map<Attachment<?>, Object> attachments;

    private Document(String text, Metadata metadata, Map<Layer<?>, List<?>> layers, Map<Attachment<?>, Object> attachments) {
        this.text = text;
        this.metadata = metadata;
        this.layers = layers;
        this.attachments = attachments;
    }

    public static Document of(String text, Metadata metadata) {
        return new Document(Objects.requireNonNull(text, "text"), Objects.requireNonNull(metadata, "metadata"),
                Map.of(), Map.of());
    }

    public String text() {
        return text;
    }

    public String text(Spanned span) {
        return text.substring(span.start(), span.end());
    }

    public Metadata metadata() {
        return metadata;
    }

    public String id() {
        return metadata.id();
    }

    /** Whether the English models apply: the language is English or could not be told. */
    public boolean isEnglish() {
        String language = metadata.language();
        return language == null || language.equals("en") || language.equals("und");
    }

    public boolean has(DataKey key) {
        return key instanceof Layer<?> layer ? layers.containsKey(layer) : attachments.containsKey(key);
    }

    /** The layer's spans in text order (by start, then end), or an empty list if it was never added. */
    @SuppressWarnings("unchecked")
    public <T extends Spanned> List<T> layer(Layer<T> key) {
        return (List<T>) layers.getOrDefault(key, List.of());
    }

    /** The layer's spans that lie wholly inside {@code range}. */
    public <T extends Spanned> List<T> layer(Layer<T> key, Spanned range) {
        List<T> inside = new ArrayList<>();
        for (T span : layer(key)) {
            if (span.start() >= range.end()) {
                break;
            }
            if (range.contains(span)) {
                inside.add(span);
            }
        }
        return inside;
    }

    /** Layers in the order they were added. */
    public List<Layer<?>> layers() {
        return List.copyOf(layers.keySet());
    }

    /** Every layer and attachment the document holds, layers first, each in the order it was added. */
    public List<DataKey> keys() {
        List<DataKey> keys = new ArrayList<>(layers.keySet());
        keys.addAll(attachments.keySet());
        return keys;
    }

    public <T> T attachment(Attachment<T> key) {
        Object value = attachments.get(key);
        if (value == null) {
            throw new IllegalStateException("no " + key.name() + " attached to document " + id());
        }
        return key.type().cast(value);
    }

    /**
     * A copy with the layer set to {@code spans}, sorted into text order. Every span must lie inside
     * the text and must not cut a surrogate pair in two.
     */
    public <T extends Spanned> Document with(Layer<T> key, List<? extends T> spans) {
        List<T> sorted = new ArrayList<>(spans.size());
        for (T span : spans) {
            checkInside(key, span);
            sorted.add(key.type().cast(span));
        }
        sorted.sort(BY_POSITION);
        Map<Layer<?>, List<?>> copy = new LinkedHashMap<>(layers);
        copy.put(key, Collections.unmodifiableList(sorted));
        return new Document(text, metadata, Collections.unmodifiableMap(copy), attachments);
    }

    public <T> Document with(Attachment<T> key, T value) {
        Map<Attachment<?>, Object> copy = new LinkedHashMap<>(attachments);
        copy.put(key, key.type().cast(Objects.requireNonNull(value, key.name())));
        return new Document(text, metadata, layers, Collections.unmodifiableMap(copy));
    }

    /** A copy without its attachments, for keeping results around without the encoder's vectors. */
    public Document withoutAttachments() {
        return attachments.isEmpty() ? this : new Document(text, metadata, layers, Map.of());
    }

    public Document with(Metadata newMetadata) {
        return new Document(text, Objects.requireNonNull(newMetadata), layers, attachments);
    }

    /** Checks the span and every span among its record components (a quote's cue, say). */
    private void checkInside(Layer<?> key, Spanned span) {
        checkRange(key, span);
        RecordComponent[] components = span.getClass().getRecordComponents();
        if (components != null) {
            for (RecordComponent component : components) {
                if (Spanned.class.isAssignableFrom(component.getType())) {
                    Object inner = read(component, span);
                    if (inner != null) {
                        checkRange(key, (Spanned) inner);
                    }
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record, e);
        }
    }

    private void checkRange(Layer<?> key, Spanned span) {
        if (span.start() < 0 || span.end() > text.length() || span.end() < span.start()) {
            throw new IllegalArgumentException(key.name() + " span [" + span.start() + ", " + span.end()
                    + ") lies outside document " + id() + " of length " + text.length());
        }
        if (splitsSurrogatePair(span.start()) || splitsSurrogatePair(span.end())) {
            throw new IllegalArgumentException(key.name() + " span [" + span.start() + ", " + span.end()
                    + ") cuts a surrogate pair in document " + id());
        }
    }

    private boolean splitsSurrogatePair(int index) {
        return index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
    }

    @Override
    public String toString() {
        return "Document[" + id() + ", " + text.length() + " chars, layers " + layers.keySet() + "]";
    }
}
