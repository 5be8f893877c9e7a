package org.rhetorica.claims;

/**
 * The vectors of a list of known claims, in its order.
 *
 * @param claims the vector of each claim
 * @param titles the vector of each claim's title, null where it has none
 */
public record ClaimVectors(float[][] claims, float[][] titles) {
    public ClaimVectors {
        if (claims.length != titles.length) {
            throw new IllegalArgumentException(claims.length + " claim vectors but " + titles.length + " title entries");
        }
    }
}
