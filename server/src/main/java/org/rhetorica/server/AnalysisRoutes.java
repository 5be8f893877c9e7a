package org.rhetorica.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.doc.Metadata;
import org.rhetorica.doc.Origin;
import org.rhetorica.index.Corpus;
import org.rhetorica.ingest.Ingest;
import org.rhetorica.ingest.IngestOptions;
import org.rhetorica.ingest.InputFailure;
import org.rhetorica.io.Hashes;
import org.rhetorica.report.HtmlReport;

/**
 * Analysing texts sent to the workbench (pasted or uploaded), showing the result, and adding it, or
 * a result analysed elsewhere, to the index.
 */
final class AnalysisRoutes {
    private static final int KEPT_RESULTS = 64;

    private final Analysis analysis;
    private final Additions additions;
    private final Corpus corpus;
    private final Ingest ingest;
    /** Recent results not added to the index, by token, for their pages. */
    private final Map<String, Document> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > KEPT_RESULTS;
        }
    };

    AnalysisRoutes(Analysis analysis, Additions additions, Corpus corpus, Limits limits) {
        this.analysis = analysis;
        this.additions = additions;
        this.corpus = corpus;
        this.ingest = new Ingest(new IngestOptions((int) Math.min(Integer.MAX_VALUE, limits.maxUploadBytes())));
    }

    void register(RoutesConfig routes) {
        routes.post("/api/analyse", this::analyse);
        routes.post("/api/index", this::index);
        routes.get("/analysed", ctx -> {
            Document doc;
            synchronized (recent) {
                doc = recent.get(Requests.required(ctx, "token"));
            }
            if (doc == null) {
                throw ApiException.notFound("this result is no longer kept; analyse the text again");
            }
            ctx.contentType("text/html; charset=utf-8").result(HtmlReport.render(doc, SearchRoutes.frame(ctx)));
        });
    }

    /** A text (JSON {@code text}, with optional metadata) or an uploaded file ({@code file}), analysed; {@code add} adds it. */
    private void analyse(Context ctx) throws IOException {
        boolean upload = ctx.isMultipartFormData();
        Document input;
        boolean add;
        if (upload) {
            input = uploaded(ctx);
            add = "true".equals(ctx.formParam("add"));
        } else {
            JsonNode body = Json.body(ctx);
            input = pasted(body);
            add = body.path("add").asBoolean(false);
        }
        Document analysed = analysis.analyse(input);
        String key = add ? additions.add(analysed) : null;
        String token = null;
        if (key == null) {
            token = UUID.randomUUID().toString();
            synchronized (recent) {
                recent.put(token, analysed.withoutAttachments());
            }
        }
        Json.send(ctx, answer(analysed, key, token));
    }

    /** A Rhetorica result added as it is, or a text ({@code text}, ...) analysed and added. */
    private void index(Context ctx) throws IOException {
        JsonNode body = Json.body(ctx);
        Document doc = body.has("format") ? result(body) : analysis.analyse(pasted(body));
        String key = additions.add(doc);
        Json.send(ctx, answer(doc, key, null));
    }

    private ObjectNode answer(Document doc, String key, String token) throws IOException {
        ObjectNode answer = DocumentJson.mapper().createObjectNode();
        answer.put("key", key);
        answer.put("token", token);
        answer.put("page", key != null ? "/document?key=" + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8)
                : "/analysed?token=" + token);
        answer.set("result", DocumentJson.mapper().readTree(DocumentJson.toLine(doc.withoutAttachments())));
        return answer;
    }

    private Document result(JsonNode body) {
        try {
            return DocumentJson.read(body.toString(), corpus.config().layers());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "not a Rhetorica result: " + e.getMessage());
        }
    }

    private static Document pasted(JsonNode body) {
        String text = body.path("text").asText("");
        if (text.isBlank()) {
            throw new ApiException(400, "give the text to analyse in \"text\"");
        }
        String id = "pasted-" + Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        Metadata meta = Metadata.of(id, new Origin("pasted", 0, text.codePointCount(0, text.length()), null))
                .withTitle(field(body, "title")).withSource(field(body, "source"))
                .withPublished(field(body, "published"), Metadata.FROM_OPTION).withUrl(field(body, "url"));
        return Document.of(text, meta);
    }

    private static String field(JsonNode body, String name) {
        String value = body.path(name).asText("");
        return value.isBlank() ? null : value.strip();
    }

    /** The first document of an uploaded file, read by content as 'analyze' reads files. */
    private Document uploaded(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw new ApiException(400, "upload the file as form field \"file\"");
        }
        byte[] bytes;
        try (var in = file.content()) {
            bytes = in.readAllBytes();
        }
        String name = "upload-" + (file.filename() == null || file.filename().isBlank() ? "file" : file.filename());
        List<Document> documents = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        ingest.read(name, bytes, documents::add, failures::add);
        if (documents.isEmpty()) {
            throw new ApiException(422, failures.isEmpty() ? "the file holds no document" : "cannot read the file: " + failures.get(0).reason());
        }
        return documents.get(0);
    }
}
