package org.rhetorica.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.ConcurrencyUtil;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.rhetorica.index.Corpus;
import org.rhetorica.index.IndexConfig;
import org.rhetorica.index.SentenceVectors;
import org.rhetorica.io.ClassPath;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.report.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench: a web page and a JSON API over one corpus index. Pages and their assets come from
 * the class path; no path in a request is ever looked up on the file system. Every response carries a
 * Content-Security-Policy that allows scripts from the workbench only (no inline script), and the
 * server listens on the loopback interface unless told another host.
 */
public final class Workbench implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);
    static final String WEB = "org/rhetorica/server/web/";
    /** The name the server's request threads start with, by which a benchmark tells their processor time apart. */
    public static final String THREADS = "workbench-http";
    private static final String NONCE = "nonce";
    /** Marks a response whose error this class wrote already, so that the 404 handler leaves it. */
    private static final String ANSWERED = "answered";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Javalin app;
    private final Analysis analysis;

    /**
     * @param folder the index's folder, where analysed documents are added
     * @param pipeline the analysis pipeline, or null for a workbench that only searches
     * @param vectors sentence vectors for search by meaning, or null for none
     */
    public Workbench(Corpus corpus, Path folder, IndexConfig config, Pipeline pipeline, SentenceVectors vectors, Limits limits) {
        this.analysis = new Analysis(pipeline, limits);
        Additions additions = new Additions(folder, config, pipeline, vectors, corpus);
        Admission searches = new Admission(limits.concurrentSearches(), "searches");
        ClaimRoutes claims = new ClaimRoutes(folder);
        SearchRoutes search = new SearchRoutes(corpus, vectors, searches, claims);
        AnalysisRoutes analyse = new AnalysisRoutes(analysis, additions, corpus, limits);
        CorrectionRoutes corrections = new CorrectionRoutes(corpus, additions, searches);
        this.app = Javalin.create(javalin -> {
            javalin.http.maxRequestSize = limits.maxBodyBytes();
            javalin.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes() + 65536, SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxUploadBytes() + 65536),
                    SizeUnit.BYTES);
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.threadPool = ConcurrencyUtil.jettyThreadPool(THREADS, 8, 250, false);
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/" + WEB + "static";
                files.location = Location.CLASSPATH;
            });
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/report";
                files.directory = "/org/rhetorica/report";
                files.location = Location.CLASSPATH;
            });
            javalin.routes.before(Workbench::secure);
            javalin.routes.get("/", ctx -> page(ctx, "index.html"));
            javalin.routes.get("/analyse", ctx -> page(ctx, "analyse.html"));
            javalin.routes.get("/openapi.json", ctx -> Json.sendRaw(ctx, ClassPath.readString(WEB + "openapi.json", "openapi.json is missing")));
            search.register(javalin.routes);
            claims.register(javalin.routes);
            analyse.register(javalin.routes);
            corrections.register(javalin.routes);
            javalin.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
            javalin.routes.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
            javalin.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
            javalin.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                fail(ctx, 500, "the workbench failed on this request: " + e.getClass().getSimpleName());
            });
            javalin.routes.error(404, "*", ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    fail(ctx, 404, "nothing at " + ctx.path());
                }
            });
            javalin.routes.error(405, "*", ctx -> fail(ctx, 405, ctx.method() + " is not allowed at " + ctx.path()));
        });
    }

    /** Starts listening; returns the port (a free one when {@code port} is 0). */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    /** Whether {@code host} names this machine's loopback interface only. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host);
        }
    }

    @Override
    public void close() {
        app.stop();
        analysis.close();
    }

    /** Headers every response carries, and the nonce of this response's one style element. */
    private static void secure(Context ctx) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        ctx.attribute(NONCE, nonce);
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-" + nonce
                + "'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    static String nonce(Context ctx) {
        return ctx.attribute(NONCE);
    }

    private static void page(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8").result(ClassPath.readString(WEB + name, name + " is missing from the build"));
    }

    /** An error: JSON for the API, a short page for a person. */
    static void fail(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
            Json.send(ctx, Json.error(status, message));
        } else {
            ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    + status + " · Rhetorica</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main class=\"error\"><h1>"
                    + status + "</h1><p>" + Html.escape(message) + "</p><p><a href=\"/\">Search the corpus</a></p></main></body></html>");
        }
        if (status == 503) {
            ctx.header("Retry-After", "1");
        }
    }
}
