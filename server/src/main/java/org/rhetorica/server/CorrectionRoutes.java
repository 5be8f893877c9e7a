package org.rhetorica.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.Corrections;
import org.rhetorica.index.Gold;
import org.rhetorica.index.GoldImport;
import org.rhetorica.index.SearchRequest;

/** The correction round trip: documents out to Label Studio or brat, corrected labels back in as gold, gold out as task files. */
final class CorrectionRoutes {
    private final Corpus corpus;
    private final Additions additions;
    private final Admission searches;

    CorrectionRoutes(Corpus corpus, Additions additions, Admission searches) {
        this.corpus = corpus;
        this.additions = additions;
        this.searches = searches;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/correction", this::export);
        routes.post("/api/correction", this::importGold);
        routes.get("/api/gold", ctx -> searches.run(() -> {
            ctx.contentType("application/zip").header("Content-Disposition", "attachment; filename=\"rhetorica-gold.zip\"");
            new Corrections(corpus).goldTaskFiles(ctx.outputStream());
            return null;
        }));
    }

    private void export(Context ctx) throws Exception {
        String tool = Requests.required(ctx, "tool");
        if (tool.equals("label-studio-config")) {
            ctx.contentType("application/xml; charset=utf-8").result(Corrections.labelStudioConfig());
            return;
        }
        Corrections.Tool chosen = Corrections.Tool.parse(tool);
        SearchRequest search = Requests.search(ctx, 0);
        searches.run(() -> {
            Corrections corrections = new Corrections(corpus);
            if (chosen == Corrections.Tool.LABEL_STUDIO) {
                ctx.contentType("application/json; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"rhetorica-label-studio.json\"");
                corrections.labelStudio(search, ctx.outputStream());
            } else {
                ctx.contentType("application/zip").header("Content-Disposition", "attachment; filename=\"rhetorica-brat.zip\"");
                corrections.brat(search, ctx.outputStream());
            }
            return null;
        });
    }

    private void importGold(Context ctx) throws IOException {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        if (file == null) {
            throw new ApiException(400, "upload the corrected labels as form field \"file\": Label Studio's JSON export or a zip of brat files");
        }
        byte[] bytes;
        try (var in = file.content()) {
            bytes = in.readAllBytes();
        }
        List<Gold> gold = new GoldImport(corpus).read(bytes);
        additions.putGold(gold);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("documents", gold.size());
        answer.put("techniques", gold.stream().mapToInt(g -> g.techniques().size()).sum());
        answer.put("quotes", gold.stream().mapToInt(g -> g.quotes().size()).sum());
        Json.send(ctx, answer);
    }
}
