package org.rhetorica.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rhetorica.doc.DataKey;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.Layer;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.MetadataField;
import org.rhetorica.doc.Origin;
import org.rhetorica.doc.Spanned;
import org.rhetorica.models.EncoderSpec;

/**
 * The contract every annotator keeps, checked on texts that break careless code (Lucene's
 * {@code BaseTokenStreamTestCase} is the model): it adds exactly the layers, attachments and metadata
 * fields it declares and changes nothing else; its provider declares the same; every span, and every
 * span inside a span's record, lies inside the text and cuts no surrogate pair; layers come in text
 * order; and several threads get the same result as one. Subclasses name the providers to check.
 */
public abstract class AnnotatorContract {
    private static final int THREADS = 4;
    private static Resources resources;

    /** The providers whose annotators are checked. */
    protected abstract List<AnnotatorProvider> providers();

    @BeforeAll
    static void openResources() {
        resources = new Resources(EncoderSpec.DEFAULT.withThreads(1));
    }

    @AfterAll
    static void closeResources() {
        resources.close();
    }

    /** Texts that break careless code: empty, Windows line ends, astral characters, very long, random. */
    static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("empty", "");
        texts.put("white space", " \n\t \r\n ");
        texts.put("CRLF", "Harbour Board Approves Timetable\r\n\r\nBy Mara Lind\r\n\r\n\"We will run the ferry hourly,\""
                + " said Tomas Berglund.\r\nCritics called the plan a reckless disgrace.\r\n");
        texts.put("astral", "\uD83C\uDF0A The \uD835\uDD07\uD835\uDD22\uD835\uDD30\uD835\uDD31 \"\uD83D\uDE21 traitors\" will ruin"
                + " us all, \uD83D\uDE00 said Ana Ruiz. \uD83D\uDE00\n\uD83D\uDE00");
        StringBuilder longText = new StringBuilder();
        String[] sentences = {"The council met on Tuesday to discuss the new ferry timetable.",
                "\"This is an outrage and a betrayal of every islander,\" said Councillor Ida Brun.",
                "Officials say the change will save money, but critics doubt it.",
                "Only a fool would believe these corrupt bureaucrats!"};
        for (int i = 0; longText.length() < 40_000; i++) {
            longText.append(sentences[i % sentences.length]).append(i % 7 == 6 ? "\n\n" : " ");
        }
        texts.put("long", longText.toString());
        Random random = new Random(20261130L);
        String[] pieces = {"We ", "they ", "said ", "\"", "\u201C", "\u201D", "'", "Mayor Lena Moss", "SO: ", "Q: ",
                "12 points 3 hours ago", "\n", "\n\n", "\r\n", ". ", ", ", "!", "?", "\uD83D\uDE00", "\u00E9", "-", "\u2014",
                "disgrace", "freedom ", "\t", "  ", "(", ")", ":", "1,200 ", "According to police, "};
        for (int round = 0; round < 3; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.put("random " + round, text.toString());
        }
        return texts;
    }

    @TestFactory
    Stream<DynamicTest> everyAnnotatorKeepsTheContract() {
        return providers().stream().map(provider -> DynamicTest.dynamicTest(provider.name(), () -> check(provider)));
    }

    private static void check(AnnotatorProvider provider) throws Exception {
        Annotator annotator = provider.create(resources);
        assertEquals(provider.produces(), annotator.produces(), provider.name() + ": provider and annotator declare different outputs");
        Set<DataKey> inputs = new HashSet<>(annotator.requires());
        inputs.addAll(annotator.uses());
        inputs.removeIf(key -> !producedByAnyone(key));
        Pipeline before = Pipeline.producing(resources, inputs);
        List<Document> prepared = new ArrayList<>();
        List<Document> done = new ArrayList<>();
        for (Map.Entry<String, String> text : texts().entrySet()) {
            Document input = before.annotate(Document.of(text.getValue(), Metadata.of(text.getKey(),
                    new Origin("contract", 0, text.getValue().codePointCount(0, text.getValue().length()), null))));
            Document output = annotator.appliesTo(input) ? annotator.annotate(input) : input;
            String where = provider.name() + " on the " + text.getKey() + " text";
            if (annotator.appliesTo(input)) {
                assertAddsExactlyWhatItDeclares(annotator, input, output, where);
            }
            assertSpansInside(output, where);
            prepared.add(input);
            done.add(output);
        }
        assertThreadsAgree(annotator, prepared, done, provider.name());
    }

    private static boolean producedByAnyone(DataKey key) {
        try {
            Pipeline.producing(resources, Set.of(key));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void assertAddsExactlyWhatItDeclares(Annotator annotator, Document input, Document output, String where) {
        Set<DataKey> added = new HashSet<>(output.keys());
        added.removeAll(input.keys());
        Set<DataKey> declared = new HashSet<>(annotator.produces());
        declared.removeIf(key -> key instanceof MetadataField);
        assertEquals(declared, added, where + ": layers and attachments added");
        for (Layer<?> layer : input.layers()) {
            assertEquals(input.layer(layer), output.layer(layer), where + ": changed the existing layer " + layer);
        }
        assertEquals(input.text(), output.text(), where + ": changed the text");
        for (RecordComponent field : Metadata.class.getRecordComponents()) {
            Object was = read(field, input.metadata());
            Object is = read(field, output.metadata());
            if (!Objects.equals(was, is)) {
                assertTrue(annotator.produces().contains(new MetadataField(field.getName())),
                        where + ": wrote the undeclared metadata field " + field.getName());
            }
        }
    }

    /** Every span of every layer inside the text, on whole characters, in text order; spans in spans too. */
    static void assertSpansInside(Document doc, String where) {
        for (Layer<?> layer : doc.layers()) {
            Spanned previous = null;
            for (Spanned span : doc.layer(layer)) {
                assertInside(doc.text(), span, where + ", layer " + layer);
                if (previous != null) {
                    assertTrue(previous.start() < span.start() || previous.start() == span.start() && previous.end() <= span.end(),
                            where + ", layer " + layer + ": spans out of text order");
                }
                previous = span;
                for (RecordComponent component : span.getClass().getRecordComponents()) {
                    if (read(component, span) instanceof Spanned inner) {
                        assertInside(doc.text(), inner, where + ", layer " + layer + "." + component.getName());
                    }
                }
            }
        }
    }

    private static void assertInside(String text, Spanned span, String where) {
        assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= text.length(),
                where + ": [" + span.start() + ", " + span.end() + ") outside a text of " + text.length());
        for (int offset : new int[] {span.start(), span.end()}) {
            assertTrue(offset == 0 || offset == text.length()
                    || !(Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))),
                    where + ": cuts a surrogate pair at " + offset);
        }
    }

    private static void assertThreadsAgree(Annotator annotator, List<Document> inputs, List<Document> expected, String name)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Document>> results = new ArrayList<>();
            for (int round = 0; round < THREADS; round++) {
                for (Document input : inputs) {
                    results.add(threads.submit(() -> annotator.appliesTo(input) ? annotator.annotate(input) : input));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                Document want = expected.get(i % inputs.size());
                assertEquals(DocumentJson.toLine(want), DocumentJson.toLine(results.get(i).get()),
                        name + " on " + want.id() + ": another thread got another result");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
