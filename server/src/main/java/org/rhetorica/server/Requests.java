package org.rhetorica.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import org.rhetorica.index.AggregateRequest;
import org.rhetorica.index.SearchRequest;

/** Reads the API's query parameters into the index's requests; anything malformed is a 400 naming it. */
final class Requests {
    private Requests() {}

    /**
     * {@code q} (words), {@code like} (meaning), {@code sort} (relevance, date), {@code offset},
     * {@code limit}, and {@code f=facet:value}, repeated.
     */
    static SearchRequest search(Context ctx, int defaultLimit) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String filter : ctx.queryParams("f")) {
            int colon = filter.indexOf(':');
            if (colon <= 0) {
                throw new ApiException(400, "a filter is f=facet:value, not " + filter);
            }
            filters.computeIfAbsent(filter.substring(0, colon), f -> new ArrayList<>()).add(filter.substring(colon + 1));
        }
        return new SearchRequest(ctx.queryParam("q"), filters, ctx.queryParam("like"), order(ctx.queryParam("sort")),
                integer(ctx, "offset", 0), integer(ctx, "limit", defaultLimit));
    }

    static AggregateRequest aggregate(Context ctx) {
        String by = ctx.queryParam("by");
        return new AggregateRequest(search(ctx, 0), ctx.queryParam("series"), AggregateRequest.By.parse(by == null ? "month" : by),
                integer(ctx, "top", 12));
    }

    static int integer(Context ctx, String name, int otherwise) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + " must be a whole number, not " + value);
        }
    }

    static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new ApiException(400, "give " + name);
        }
        return value;
    }

    private static SearchRequest.Order order(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Order.RELEVANCE;
        }
        try {
            return SearchRequest.Order.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "sort by relevance or date, not " + sort);
        }
    }
}
