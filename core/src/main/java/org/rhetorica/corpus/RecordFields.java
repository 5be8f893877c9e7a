package org.rhetorica.corpus;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.Spanned;

/**
 * The fields of a layer's records as export columns, read by reflection so that a field added to a
 * layer appears in its exports without a change here. A field that is itself a span is written as its
 * text.
 */
public final class RecordFields {
    private static final Set<String> OFFSETS = Set.of("start", "end");

    private RecordFields() {}

    /** The names of the record's components, less its offsets and {@code except}. */
    public static List<String> names(Class<? extends Spanned> type, Set<String> except) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (!OFFSETS.contains(component.getName()) && !except.contains(component.getName())) {
                names.add(component.getName());
            }
        }
        return names;
    }

    /** The span's component values as text by name (null where the component is null), less its offsets and {@code except}. */
    public static Map<String, String> values(Document doc, Spanned span, Set<String> except) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent component : span.getClass().getRecordComponents()) {
            String name = component.getName();
            if (OFFSETS.contains(name) || except.contains(name)) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(span);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + span.getClass().getName(), e);
            }
            values.put(name, value == null ? null : value instanceof Spanned inner ? doc.text(inner) : jsonName(value));
        }
        return values;
    }

    /** Enums as results write them (their {@code json()} name where they have one). */
    private static String jsonName(Object value) {
        if (value instanceof Enum<?> e) {
            try {
                return String.valueOf(e.getClass().getMethod("json").invoke(e));
            } catch (ReflectiveOperationException noJsonName) {
                return e.name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return String.valueOf(value);
    }
}
