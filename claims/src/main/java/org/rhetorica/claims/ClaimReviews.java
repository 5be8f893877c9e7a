package org.rhetorica.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * schema.org {@code ClaimReview}, the JSON-LD that fact-checkers publish with each check: read into
 * {@link KnownClaim}s, and written for claims of a text that match one.
 */
public final class ClaimReviews {
    private ClaimReviews() {}

    /** Whether a JSON object is a ClaimReview (its {@code @type} says so). */
    static boolean isReview(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode element : type) {
                if (element.asText().endsWith("ClaimReview")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().endsWith("ClaimReview");
    }

    /** Every ClaimReview object in a JSON value, however deep (arrays, {@code @graph}, data feeds), in document order. */
    static List<JsonNode> find(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node.isObject() && isReview(node)) {
            found.add(node);
            return;
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, found));
        }
    }

    /** The known claim a review states, or null when it names no claim; {@code fallbackId} when it has no id or URL. */
    static KnownClaim read(JsonNode review, String fallbackId) {
        String claim = Rows.field(review, "claimReviewed");
        if (claim == null) {
            return null;
        }
        String url = Rows.field(review, "url");
        String id = Rows.field(review, "@id");
        return new KnownClaim(id != null ? id : url != null ? url : fallbackId, claim,
                Rows.field(review, "name", "headline"), verdict(review.path("reviewRating")), url,
                Rows.field(review, "datePublished"), name(review.get("author")));
    }

    /** The rating's name ("False"), else its value on its scale ("1/5"). */
    private static String verdict(JsonNode rating) {
        String name = Rows.field(rating, "alternateName", "name");
        if (name != null) {
            return name;
        }
        String value = Rows.field(rating, "ratingValue");
        String best = Rows.field(rating, "bestRating");
        return value == null ? null : best == null ? value : value + "/" + best;
    }

    /** The name of an author given as text, an object or a list of them (the first). */
    private static String name(JsonNode author) {
        if (author == null || author.isNull()) {
            return null;
        }
        if (author.isArray()) {
            return author.isEmpty() ? null : name(author.get(0));
        }
        return author.isObject() ? Rows.field(author, "name") : Rows.field(Rows.JSON.createObjectNode().set("n", author), "n");
    }

    /**
     * A ClaimReview-shaped object for a claim found in a text that matches a known claim: the known
     * claim's review (its URL, title, verdict, reviewer, date) of the claim as the text words it, with
     * where it appeared.
     *
     * @param appearance the text's own wording of the claim
     * @param speaker who made it in the text, or null
     * @param source where the text appeared (its URL or name), or null
     * @param published when the text appeared, or null
     * @param similarity the match's score
     */
    public static ObjectNode write(KnownClaim known, String appearance, String speaker, String source, String published,
            double similarity) {
        ObjectNode review = Rows.JSON.createObjectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        putIfPresent(review, "url", known.url());
        putIfPresent(review, "name", known.title());
        putIfPresent(review, "datePublished", known.date());
        review.put("claimReviewed", known.claim());
        if (known.reviewer() != null) {
            review.putObject("author").put("@type", "Organization").put("name", known.reviewer());
        }
        if (known.verdict() != null) {
            review.putObject("reviewRating").put("@type", "Rating").put("alternateName", known.verdict());
        }
        ObjectNode item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        if (speaker != null) {
            item.putObject("author").put("@type", "Person").put("name", speaker);
        }
        putIfPresent(item, "datePublished", published);
        ObjectNode appearedIn = item.putObject("appearance");
        appearedIn.put("@type", "CreativeWork");
        putIfPresent(appearedIn, "url", source);
        appearedIn.put("text", appearance);
        review.put("rhetorica:knownClaimId", known.id());
        review.put("rhetorica:matchScore", Math.round(similarity * 1000) / 1000.0);
        return review;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
