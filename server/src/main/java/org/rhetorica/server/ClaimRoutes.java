package org.rhetorica.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rhetorica.analysis.claims.ClaimSpan;
import org.rhetorica.claims.ClaimClustering;
import org.rhetorica.claims.ClusterIndex;
import org.rhetorica.doc.Document;

/**
 * The claim clusters of the corpus: the list by size and spread, and each cluster's page with its
 * claims on a timeline (who said it, where, when), as pages and as JSON. The clusters are read from
 * their folder beside the index on each request, so documents added meanwhile show.
 */
final class ClaimRoutes {
    /** Where a cluster's page is, its id appended. */
    static final String CLAIM_PAGE = "/claims/";

    private final Path folder;

    ClaimRoutes(Path index) {
        this.folder = ClaimClustering.folderOf(index);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/claims", ctx -> Json.send(ctx, clusters(ctx)));
        routes.get("/api/claims/cluster", ctx -> Json.send(ctx, cluster(Requests.required(ctx, "id"))));
        routes.get("/claims", ctx -> ctx.contentType("text/html; charset=utf-8")
                .result(ClaimPages.clusters(clusters(ctx), Workbench.nonce(ctx))));
        routes.get("/claims/{id}", ctx -> ctx.contentType("text/html; charset=utf-8")
                .result(ClaimPages.cluster(cluster(ctx.pathParam("id")), Workbench.nonce(ctx))));
    }

    private List<ClusterIndex.Cluster> clusters(Context ctx) throws IOException {
        int minSize = Requests.integer(ctx, "min-size", 2);
        int limit = Requests.integer(ctx, "limit", 100);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (ClusterIndex index = ClusterIndex.open(folder)) {
            List<ClusterIndex.Cluster> clusters = index.clusters(Math.max(1, minSize));
            return clusters.subList(0, Math.min(Math.max(0, limit), clusters.size()));
        }
    }

    private ClusterIndex.Cluster cluster(String id) throws IOException {
        ClusterIndex.Cluster cluster = null;
        if (Files.isDirectory(folder)) {
            try (ClusterIndex index = ClusterIndex.open(folder)) {
                cluster = index.cluster(id);
            }
        }
        if (cluster == null) {
            throw ApiException.notFound("no claim cluster " + id + " in the index");
        }
        return cluster;
    }

    /** For each cluster of the document's claims, in how many other documents the same claim is made. */
    Map<String, Integer> elsewhere(Document doc, String key) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        if (!doc.has(ClaimSpan.LAYER) || !Files.isDirectory(folder)) {
            return counts;
        }
        try (ClusterIndex index = ClusterIndex.open(folder)) {
            for (ClaimSpan claim : doc.layer(ClaimSpan.LAYER)) {
                if (claim.cluster() != null && !counts.containsKey(claim.cluster())) {
                    ClusterIndex.Cluster cluster = index.cluster(claim.cluster());
                    counts.put(claim.cluster(), cluster == null ? 0
                            : (int) cluster.members().stream().map(ClusterIndex.Member::doc).filter(d -> !d.equals(key)).distinct().count());
                }
            }
        }
        return counts;
    }
}
