package org.rhetorica.claims;

import java.util.Objects;

/**
 * A claim that has been fact-checked already, as a list of known claims gives it.
 *
 * @param id the list's identifier of the claim, unique within the list
 * @param claim the claim as the fact-checker words it
 * @param title the headline of the fact-check, or null
 * @param verdict what the fact-checker concluded ("False", "Mostly true", ...), or null
 * @param url where the fact-check is published, or null
 * @param date when it was published (as the list writes it, ISO 8601 where possible), or null
 * @param reviewer who checked it (a ClaimReview's author), or null
 */
public record KnownClaim(String id, String claim, String title, String verdict, String url, String date, String reviewer) {
    public KnownClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claim, "claim");
        title = blankToNull(title);
        verdict = blankToNull(verdict);
        url = blankToNull(url);
        date = blankToNull(date);
        reviewer = blankToNull(reviewer);
    }

    /** The claim and its title, as the words that lexical search reads. */
    public String claimAndTitle() {
        return title == null ? claim : claim + "\n" + title;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
