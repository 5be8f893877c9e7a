package org.rhetorica.train.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another claim made from a claim by changing what it says, not its topic: negated, with another
 * number, or turned the other way (rose for fell). Training pairs of a claim and such a contrast
 * teach the same-claim check that near-identical words can make two claims.
 */
final class Contrasts {
    private static final Pattern AUXILIARY = Pattern.compile("\\b(is|are|was|were|has|have|had|will|can|would|could)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
    private static final Map<String, String> OPPOSITES = Map.ofEntries(Map.entry("rose", "fell"), Map.entry("fell", "rose"),
            Map.entry("increased", "decreased"), Map.entry("decreased", "increased"), Map.entry("more", "fewer"),
            Map.entry("fewer", "more"), Map.entry("less", "more"), Map.entry("higher", "lower"), Map.entry("lower", "higher"),
            Map.entry("rise", "fall"), Map.entry("fall", "rise"), Map.entry("grew", "shrank"), Map.entry("raised", "cut"),
            Map.entry("cut", "raised"), Map.entry("banned", "allowed"), Map.entry("allowed", "banned"), Map.entry("won", "lost"),
            Map.entry("lost", "won"), Map.entry("up", "down"), Map.entry("down", "up"), Map.entry("increase", "decrease"),
            Map.entry("decrease", "increase"), Map.entry("doubled", "halved"));
    private static final Pattern OPPOSABLE = Pattern.compile("\\b(" + String.join("|", OPPOSITES.keySet()) + ")\\b");

    private Contrasts() {}

    /** The contrasts that can be made of a claim: none, one, two or three. */
    static List<String> of(String claim) {
        List<String> contrasts = new ArrayList<>();
        Matcher auxiliary = AUXILIARY.matcher(claim);
        if (auxiliary.find() && !claim.substring(auxiliary.end()).startsWith(" not")) {
            contrasts.add(claim.substring(0, auxiliary.end()) + " not" + claim.substring(auxiliary.end()));
        }
        Matcher number = NUMBER.matcher(claim);
        if (number.find()) {
            long value = Long.parseLong(number.group().length() > 15 ? number.group().substring(0, 15) : number.group());
            contrasts.add(claim.substring(0, number.start()) + (value * 3 + 7) + claim.substring(number.end()));
        }
        Matcher opposable = OPPOSABLE.matcher(claim);
        if (opposable.find()) {
            contrasts.add(claim.substring(0, opposable.start()) + OPPOSITES.get(opposable.group(1)) + claim.substring(opposable.end()));
        }
        return contrasts;
    }
}
