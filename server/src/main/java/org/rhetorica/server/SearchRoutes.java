package org.rhetorica.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rhetorica.doc.Document;
import org.rhetorica.doc.DocumentJson;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.Export;
import org.rhetorica.index.SearchRequest;
import org.rhetorica.index.SentenceVectors;
import org.rhetorica.report.HtmlReport;
import org.rhetorica.report.PageFrame;

/** Reading the corpus: search, aggregates, documents (as JSON and as a page), near-duplicate groups, exports. */
final class SearchRoutes {
    private final Corpus corpus;
    private final SentenceVectors vectors;
    private final Admission searches;
    private final Export export;
    private final ClaimRoutes claims;

    SearchRoutes(Corpus corpus, SentenceVectors vectors, Admission searches, ClaimRoutes claims) {
        this.corpus = corpus;
        this.vectors = vectors;
        this.searches = searches;
        this.export = new Export(corpus);
        this.claims = claims;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/search", ctx -> Json.send(ctx, searches.run(() -> corpus.search(Requests.search(ctx, 20), vectorsFor(ctx)))));
        routes.get("/api/aggregates", ctx -> Json.send(ctx, searches.run(() -> corpus.aggregate(Requests.aggregate(ctx)))));
        routes.get("/api/facets", ctx -> Json.send(ctx, corpus.config().facets()));
        routes.get("/api/document", ctx -> Json.sendRaw(ctx, DocumentJson.toLine(document(ctx))));
        routes.get("/api/group", ctx -> Json.send(ctx, searches.run(() -> corpus.group(Requests.required(ctx, "group")))));
        routes.get("/api/export", this::export);
        routes.get("/api/status", ctx -> {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("documents", corpus.size());
            status.put("searchByMeaning", vectors != null);
            status.put("layers", export.layers());
            Json.send(ctx, status);
        });
        routes.get("/document", ctx -> {
            Document doc = document(ctx);
            ctx.contentType("text/html; charset=utf-8").result(HtmlReport.render(doc,
                    frame(ctx, claims.elsewhere(doc, Requests.required(ctx, "key")))));
        });
    }

    /** The document page's frame: the workbench's assets, and a link back to the search. */
    static PageFrame frame(Context ctx) {
        return frame(ctx, java.util.Map.of());
    }

    /** The same, with the number of other documents that make each of the document's claims. */
    static PageFrame frame(Context ctx, java.util.Map<String, Integer> claimsElsewhere) {
        return new PageFrame("/", "Rhetorica workbench", "/report/report.css", "/report/report.js", Workbench.nonce(ctx),
                ClaimRoutes.CLAIM_PAGE, claimsElsewhere);
    }

    private SentenceVectors vectorsFor(Context ctx) {
        String like = ctx.queryParam("like");
        if (like != null && !like.isBlank() && vectors == null) {
            throw new ApiException(501, "search by meaning needs the sentence encoder, which this workbench was started without");
        }
        return vectors;
    }

    private Document document(Context ctx) throws java.io.IOException {
        String key = Requests.required(ctx, "key");
        Document doc = corpus.document(key);
        if (doc == null) {
            throw ApiException.notFound("no document " + key + " in the index");
        }
        return doc;
    }

    private void export(Context ctx) throws Exception {
        Export.Format format = Export.Format.parse(ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format"));
        String layer = ctx.queryParam("layer") == null ? Export.DOCUMENTS : ctx.queryParam("layer");
        if (!export.layers().contains(layer)) {
            throw new ApiException(400, "no layer " + layer + " to export; choose " + String.join(", ", export.layers()));
        }
        SearchRequest search = Requests.search(ctx, 0);
        searches.run(() -> {
            ctx.contentType(format.mediaType());
            ctx.header("Content-Disposition", "attachment; filename=\"rhetorica-" + layer + "." + format.extension() + "\"");
            OutputStream out = ctx.outputStream();
            export.write(search, layer, format, out);
            out.flush();
            return null;
        });
    }
}
