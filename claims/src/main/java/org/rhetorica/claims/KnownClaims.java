package org.rhetorica.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rhetorica.io.InvalidInputException;

/**
 * A list of claims fact-checked already, read from a file: CSV or TSV with a header row, JSON Lines,
 * or schema.org {@code ClaimReview} JSON-LD as fact-checkers publish it (one review, an array, a
 * {@code @graph}, a data feed, or one per line). Delimited files and JSON Lines name the fields
 * {@code id}, {@code claim} and optionally {@code title}, {@code verdict}, {@code url}, {@code date},
 * {@code reviewer}; a few other names are understood ({@link #CLAIM_NAMES}, ...), such as those of
 * CheckThat!'s {@code verified_claims.docs.tsv}. A record without a claim, or with an id seen before,
 * is left out and reported in {@link #problems()}; the rest are read. Immutable.
 */
public final class KnownClaims {
    static final String[] ID_NAMES = {"id", "claim_id", "vclaim_id", "@id", ""};
    static final String[] CLAIM_NAMES = {"claim", "vclaim", "claimreviewed", "claimReviewed", "text"};
    static final String[] TITLE_NAMES = {"title", "headline", "name"};
    static final String[] VERDICT_NAMES = {"verdict", "rating", "label"};
    static final String[] URL_NAMES = {"url", "link"};
    static final String[] DATE_NAMES = {"date", "datepublished", "datePublished", "published"};
    static final String[] REVIEWER_NAMES = {"reviewer", "fact_checker", "author"};

    private final List<KnownClaim> claims;
    private final List<String> problems;

    public KnownClaims(List<KnownClaim> claims, List<String> problems) {
        this.claims = List.copyOf(claims);
        this.problems = List.copyOf(problems);
    }

    public List<KnownClaim> claims() {
        return claims;
    }

    /** Records left out, each as {@code FILE:LINE: reason}. */
    public List<String> problems() {
        return problems;
    }

    public int size() {
        return claims.size();
    }

    /**
     * Reads a list of known claims.
     *
     * @throws InvalidInputException if the file cannot be read, is not in one of the formats, or holds no claim
     */
    public static KnownClaims read(Path file) {
        String text = Rows.text(file);
        List<KnownClaim> claims = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        switch (Rows.Format.of(file, text)) {
            case CSV -> plain(file, Rows.delimited(file, text, ',', true), claims, problems, ids);
            case TSV -> plain(file, Rows.delimited(file, text, '\t', true), claims, problems, ids);
            case JSON_LINES -> {
                for (Rows.Row row : Rows.jsonLines(file, text)) {
                    if (ClaimReviews.isReview(row.fields())) {
                        reviews(file, row.fields(), row.line(), claims, problems, ids);
                    } else {
                        plain(file, List.of(row), claims, problems, ids);
                    }
                }
            }
            case JSON -> {
                JsonNode root = Rows.json(file, text);
                List<JsonNode> reviews = ClaimReviews.find(root);
                if (!reviews.isEmpty()) {
                    reviews(file, root, 0, claims, problems, ids);
                } else if (root.isArray()) {
                    List<Rows.Row> rows = new ArrayList<>();
                    root.forEach(element -> rows.add(new Rows.Row(element, 0)));
                    plain(file, rows, claims, problems, ids);
                } else {
                    throw new InvalidInputException(file + ": JSON with no ClaimReview and not an array of claims");
                }
            }
        }
        if (claims.isEmpty()) {
            throw new InvalidInputException(file + ": no known claims" + (problems.isEmpty() ? "" : " (" + problems.get(0) + ")"));
        }
        return new KnownClaims(claims, problems);
    }

    private static void plain(Path file, List<Rows.Row> rows, List<KnownClaim> claims, List<String> problems, Set<String> ids) {
        for (Rows.Row row : rows) {
            JsonNode fields = row.fields();
            String where = file + (row.line() > 0 ? ":" + row.line() : "");
            if (!fields.isObject()) {
                problems.add(where + ": not an object with fields");
                continue;
            }
            String id = Rows.field(fields, ID_NAMES);
            String claim = Rows.field(fields, CLAIM_NAMES);
            if (id == null || claim == null) {
                problems.add(where + ": " + (id == null ? "no id" : "no claim") + " (fields: id, claim; optional title, verdict, url, date)");
                continue;
            }
            add(new KnownClaim(id, claim, Rows.field(fields, TITLE_NAMES), Rows.field(fields, VERDICT_NAMES),
                    Rows.field(fields, URL_NAMES), Rows.field(fields, DATE_NAMES), Rows.field(fields, REVIEWER_NAMES)),
                    where, claims, problems, ids);
        }
    }

    private static void reviews(Path file, JsonNode root, long line, List<KnownClaim> claims, List<String> problems,
            Set<String> ids) {
        String where = file + (line > 0 ? ":" + line : "");
        for (JsonNode review : ClaimReviews.find(root)) {
            KnownClaim claim = ClaimReviews.read(review, "review-" + (claims.size() + problems.size() + 1));
            if (claim == null) {
                problems.add(where + ": a ClaimReview without claimReviewed");
            } else {
                add(claim, where, claims, problems, ids);
            }
        }
    }

    private static void add(KnownClaim claim, String where, List<KnownClaim> claims, List<String> problems, Set<String> ids) {
        if (!ids.add(claim.id())) {
            problems.add(where + ": id " + claim.id() + " appears before; this one is left out");
        } else {
            claims.add(claim);
        }
    }
}
