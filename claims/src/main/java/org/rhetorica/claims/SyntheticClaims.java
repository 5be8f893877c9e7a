package org.rhetorica.claims;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up claims for measuring the cost of clustering at any size without encoding a corpus: claims
 * come in families (one claim, worded several ways) on topics (several families share one), each
 * with words from templates and a vector near its family's, which lies near its topic's. What is
 * measured is the cluster store (search, check, add), not the encoder, whose cost per claim does not
 * depend on the corpus. Deterministic for a seed; not thread-safe.
 */
public final class SyntheticClaims {
    private static final String[] PLACES = {"Brackenford", "Corran", "Lindmoor", "Ostby", "Harwick", "Velmar", "Quellin",
        "Tarnby", "Eskvale", "Morrow", "Pellan", "Dunmere", "Auldwick", "Fennick", "Gorsby", "Hollin"};
    private static final String[] THINGS = {"library", "bus", "hospital", "school", "police", "park", "water", "housing",
        "bridge", "ferry", "museum", "road"};
    private static final String[][] WORDINGS = {
        {"The %s council cut the %s budget by %d percent.", "%s's council slashed %s funding by %d%%.",
            "Funding for the %2$s in %1$s was cut by %3$d percent by the council."},
        {"The %s council raised the %s budget by %d percent.", "%s's council increased %s spending by %d%%.",
            "Spending on the %2$s in %1$s went up %3$d percent, the council decided."},
        {"The %s %s will close in %d days.", "In %3$d days, %1$s's %2$s shuts down.", "%s is closing its %s within %d days."},
        {"%s hired %3$d new %2$s workers.", "The %2$s service in %1$s took on %3$d more staff.",
            "%3$d workers were added to %1$s's %2$s service."}};

    private final Random random;
    private final int dim;
    private float[] topic;
    private int familiesInTopic;

    public SyntheticClaims(long seed, int dim) {
        this.random = new Random(seed);
        this.dim = dim;
    }

    /** A synthetic claim: its words and unit vector. */
    public record Synthetic(String text, float[] vector) {}

    /** The wordings of one new family of claims (a few topics' worth of families share a topic vector). */
    public List<Synthetic> family(int size) {
        if (topic == null || familiesInTopic == 4) {
            topic = near(randomUnit(), 0);
            familiesInTopic = 0;
        }
        familiesInTopic++;
        float[] family = near(topic, 0.9f);
        String place = PLACES[random.nextInt(PLACES.length)] + (random.nextInt(50) == 0 ? "" : " " + (char) ('A' + random.nextInt(26)));
        String thing = THINGS[random.nextInt(THINGS.length)];
        int number = 2 + random.nextInt(97);
        String[] wordings = WORDINGS[random.nextInt(WORDINGS.length)];
        Synthetic[] members = new Synthetic[size];
        for (int i = 0; i < size; i++) {
            members[i] = new Synthetic(String.format(Locale.ROOT, wordings[i % wordings.length], place, thing, number), near(family, 0.45f));
        }
        return List.of(members);
    }

    private float[] randomUnit() {
        float[] vector = new float[dim];
        for (int i = 0; i < dim; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return TextVectors.unit(vector);
    }

    /** A unit vector about {@code spread} away from {@code center} (0 gives the center itself). */
    private float[] near(float[] center, float spread) {
        float[] noise = randomUnit();
        float[] vector = new float[dim];
        for (int i = 0; i < dim; i++) {
            vector[i] = center[i] + spread * noise[i];
        }
        return TextVectors.unit(vector);
    }
}
