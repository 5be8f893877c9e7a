package org.rhetorica.analysis.entities;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rhetorica.analysis.quotes.Words;

/**
 * What the mention rules know of English words: pronouns, the nouns that head a phrase naming a
 * person ("the prime minister"), an organisation ("the party") or a place ("the country"), and
 * the words that tell a person's gender. Stateless.
 */
final class EntityWords {
    enum Gender { MALE, FEMALE }

    static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");
    static final Set<String> NEUTER_PRONOUNS = Set.of("it", "its", "itself");

    /** Nouns that head a phrase naming a person by role. */
    static final Set<String> PERSON_ROLES = Set.of("president", "minister", "premier", "chancellor", "senator", "governor",
            "mayor", "secretary", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
            "director", "leader", "candidate", "nominee", "congressman", "congresswoman", "representative", "lawmaker",
            "legislator", "judge", "justice", "executive", "ceo", "founder", "co-founder", "author", "professor",
            "researcher", "scientist", "coach", "manager", "actor", "actress", "singer", "lawyer", "attorney",
            "prosecutor", "sheriff", "commissioner", "ambassador", "envoy", "king", "queen", "prince", "princess", "pope",
            "bishop", "archbishop", "pastor", "priest", "rabbi", "imam", "general", "commander", "diplomat", "economist",
            "activist", "businessman", "businesswoman", "billionaire", "mogul", "host", "anchor", "journalist",
            "columnist", "editor", "writer", "owner", "frontrunner", "front-runner", "incumbent", "challenger",
            "strategist", "adviser", "advisor", "aide", "pollster", "doctor", "surgeon", "neurosurgeon", "physician",
            "architect", "artist", "producer", "musician", "athlete", "defendant", "suspect", "politician", "deputy",
            "councillor", "councilor", "councilman", "councilwoman", "treasurer", "superintendent", "principal",
            "dean", "chief", "officer", "inspector", "detective", "captain", "colonel", "lieutenant", "sergeant",
            "admiral", "governor-elect", "president-elect", "emperor", "duke", "duchess", "monarch", "dictator",
            "businessperson", "entrepreneur", "investor", "banker", "lobbyist", "novelist", "poet", "director-general",
            "secretary-general", "vice-president", "astronaut", "explorer", "historian", "philosopher", "composer",
            "filmmaker", "photographer", "designer", "chef", "cardinal", "speaker", "whip", "premier-elect");

    /** Nouns that head a phrase naming an organisation. */
    static final Set<String> ORGANIZATION_NOUNS = Set.of("company", "firm", "corporation", "group", "organization",
            "organisation", "agency", "party", "campaign", "committee", "council", "department", "ministry",
            "administration", "government", "court", "union", "university", "college", "bank", "network", "newspaper",
            "magazine", "channel", "broadcaster", "team", "club", "league", "association", "foundation", "institute",
            "commission", "board", "band", "airline", "startup", "manufacturer", "retailer", "maker", "giant",
            "conglomerate", "charity", "church", "movement", "coalition", "alliance", "parliament", "legislature",
            "assembly", "army", "military", "bureau", "authority", "regime", "outlet", "publication", "website",
            "platform", "studio", "publisher", "insurer", "lender", "carrier", "operator", "developer", "brand",
            "chain", "federation", "society", "museum", "hospital", "school", "senate", "congress", "cabinet",
            "junta", "militia", "consortium", "fund", "exchange", "watchdog", "regulator", "ngo", "nonprofit", "paper");

    /** Nouns that head a phrase naming a place. */
    static final Set<String> PLACE_NOUNS = Set.of("country", "nation", "city", "town", "state", "province", "region",
            "island", "capital", "village", "county", "district", "territory", "republic", "kingdom", "continent",
            "peninsula", "archipelago", "emirate", "municipality", "borough", "metropolis");

    /** Words that tell a woman or a man: in a title, a role or an apposition. */
    private static final Map<String, Gender> GENDERED = Map.ofEntries(
            Map.entry("mrs.", Gender.FEMALE), Map.entry("mrs", Gender.FEMALE), Map.entry("ms.", Gender.FEMALE),
            Map.entry("ms", Gender.FEMALE), Map.entry("miss", Gender.FEMALE), Map.entry("madam", Gender.FEMALE),
            Map.entry("lady", Gender.FEMALE), Map.entry("dame", Gender.FEMALE), Map.entry("queen", Gender.FEMALE),
            Map.entry("princess", Gender.FEMALE), Map.entry("duchess", Gender.FEMALE), Map.entry("empress", Gender.FEMALE),
            Map.entry("spokeswoman", Gender.FEMALE), Map.entry("chairwoman", Gender.FEMALE),
            Map.entry("congresswoman", Gender.FEMALE), Map.entry("councilwoman", Gender.FEMALE),
            Map.entry("businesswoman", Gender.FEMALE), Map.entry("actress", Gender.FEMALE), Map.entry("woman", Gender.FEMALE),
            Map.entry("girl", Gender.FEMALE), Map.entry("mother", Gender.FEMALE), Map.entry("wife", Gender.FEMALE),
            Map.entry("daughter", Gender.FEMALE), Map.entry("sister", Gender.FEMALE), Map.entry("grandmother", Gender.FEMALE),
            Map.entry("widow", Gender.FEMALE), Map.entry("nun", Gender.FEMALE), Map.entry("aunt", Gender.FEMALE),
            Map.entry("mr.", Gender.MALE), Map.entry("mr", Gender.MALE), Map.entry("sir", Gender.MALE),
            Map.entry("lord", Gender.MALE), Map.entry("king", Gender.MALE), Map.entry("prince", Gender.MALE),
            Map.entry("duke", Gender.MALE), Map.entry("emperor", Gender.MALE), Map.entry("pope", Gender.MALE),
            Map.entry("spokesman", Gender.MALE), Map.entry("chairman", Gender.MALE), Map.entry("congressman", Gender.MALE),
            Map.entry("councilman", Gender.MALE), Map.entry("businessman", Gender.MALE), Map.entry("man", Gender.MALE),
            Map.entry("boy", Gender.MALE), Map.entry("father", Gender.MALE), Map.entry("husband", Gender.MALE),
            Map.entry("son", Gender.MALE), Map.entry("brother", Gender.MALE), Map.entry("grandfather", Gender.MALE),
            Map.entry("widower", Gender.MALE), Map.entry("monk", Gender.MALE), Map.entry("priest", Gender.MALE),
            Map.entry("uncle", Gender.MALE));

    /** Abbreviated titles and the role nouns they stand for ("Sen. Holm" is "the senator"). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("sen.", "senator"),
            Map.entry("rep.", "representative"), Map.entry("gov.", "governor"), Map.entry("gen.", "general"),
            Map.entry("prof.", "professor"), Map.entry("dr.", "doctor"), Map.entry("lt.", "lieutenant"),
            Map.entry("col.", "colonel"), Map.entry("sgt.", "sergeant"), Map.entry("capt.", "captain"),
            Map.entry("rev.", "pastor"), Map.entry("pres.", "president"), Map.entry("supt.", "superintendent"),
            Map.entry("insp.", "inspector"), Map.entry("det.", "detective"), Map.entry("adm.", "admiral"));

    /** Words that follow a company's name and are no part of what it is called ("Acme Corp."). */
    static final Set<String> CORPORATE_SUFFIXES = Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.",
            "llc", "plc", "ag", "sa", "gmbh", "group", "holdings", "corporation", "company", "incorporated", "limited");

    private EntityWords() {}

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The role noun a title or role word stands for ("Sen." → "senator"), or the word itself lower-cased. */
    static String role(String word) {
        String lower = lower(word);
        return ABBREVIATIONS.getOrDefault(lower, lower);
    }

    /** Whether a word is a title or role: it may stand before a name without being part of it. */
    static boolean isTitle(String word) {
        String lower = lower(word);
        return Words.TITLES.contains(lower) || ABBREVIATIONS.containsKey(lower) || PERSON_ROLES.contains(lower)
                || lower.equals("prime") || lower.equals("first");
    }

    static Gender gender(String word) {
        return GENDERED.get(lower(word));
    }

    /** The gender of a third-person pronoun, or null for plural and neuter ones. */
    static Gender pronounGender(String lower) {
        return MALE_PRONOUNS.contains(lower) ? Gender.MALE : FEMALE_PRONOUNS.contains(lower) ? Gender.FEMALE : null;
    }

    static boolean isThirdPersonPronoun(String lower) {
        return MALE_PRONOUNS.contains(lower) || FEMALE_PRONOUNS.contains(lower) || PLURAL_PRONOUNS.contains(lower)
                || NEUTER_PRONOUNS.contains(lower);
    }

    /** The entity type a common noun names (PERSON, ORGANIZATION, LOCATION), or null. */
    static String nounType(String lower) {
        if (PERSON_ROLES.contains(lower)) {
            return Entity.PERSON;
        }
        if (ORGANIZATION_NOUNS.contains(lower)) {
            return Entity.ORGANIZATION;
        }
        return PLACE_NOUNS.contains(lower) ? Entity.LOCATION : null;
    }
}
