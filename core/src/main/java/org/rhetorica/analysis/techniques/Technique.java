package org.rhetorica.analysis.techniques;

import java.util.Optional;

/**
 * The 14 persuasion techniques of the Propaganda Techniques Corpus (Da San Martino et al., EMNLP
 * 2019), each with a one-line definition and an example written for this project.
 */
public enum Technique {
    APPEAL_TO_AUTHORITY("Appeal_to_Authority", "Appeal to authority",
            "Claims something is true because an authority or expert says so, with no other evidence.",
            "Every serious economist agrees with us, so the question is settled."),
    APPEAL_TO_FEAR_PREJUDICE("Appeal_to_fear-prejudice", "Appeal to fear or prejudice",
            "Seeks support by stirring fear of the alternative, or prejudice against a group.",
            "If the pier closes, the islands will be abandoned and our children will have no future here."),
    BANDWAGON_REDUCTIO_AD_HITLERUM("Bandwagon,Reductio_ad_hitlerum", "Bandwagon / reductio ad Hitlerum",
            "Urges an idea because everyone supports it, or rejects it because a hated group does.",
            "Thousands of towns have already made the switch. Don't be the last one left behind."),
    BLACK_AND_WHITE_FALLACY("Black-and-White_Fallacy", "Black-and-white fallacy",
            "Presents two choices as the only ones, when others exist.",
            "Either we build the bridge this year or the valley dies."),
    CAUSAL_OVERSIMPLIFICATION("Causal_Oversimplification", "Causal oversimplification",
            "Gives one cause, or one culprit, to something that has many.",
            "Bread costs more because the new council took office."),
    DOUBT("Doubt", "Doubt",
            "Questions the credibility of a person, group or statement without grounds.",
            "Can we really trust figures that the ministry paid for itself?"),
    EXAGGERATION_MINIMISATION("Exaggeration,Minimisation", "Exaggeration / minimisation",
            "Makes something look far bigger, better or worse than it is, or waves it away as trivial.",
            "This is the most shameful vote in the history of the town."),
    FLAG_WAVING("Flag-Waving", "Flag-waving",
            "Justifies an idea by appeal to a group's identity, pride or patriotism.",
            "Anyone who loves this region will stand behind our farmers."),
    LOADED_LANGUAGE("Loaded_Language", "Loaded language",
            "Uses words with strong emotional charge to sway the reader.",
            "a reckless, outrageous scheme"),
    NAME_CALLING_LABELING("Name_Calling,Labeling", "Name calling / labelling",
            "Attaches a label the audience fears, despises or admires to a person or group.",
            "the so-called experts in their ivory towers"),
    REPETITION("Repetition", "Repetition",
            "Repeats the same message again and again so that it sticks.",
            "We need the ferry. The islands need the ferry. Our future needs the ferry."),
    SLOGANS("Slogans", "Slogans",
            "A brief, striking phrase meant to be remembered and repeated.",
            "Clean streets, safe streets!"),
    THOUGHT_TERMINATING_CLICHES("Thought-terminating_Cliches", "Thought-terminating cliché",
            "A stock phrase that discourages thinking further and ends the discussion.",
            "It is what it is."),
    WHATABOUTISM_STRAW_MEN_RED_HERRING("Whataboutism,Straw_Men,Red_Herring", "Whataboutism / straw man / red herring",
            "Deflects criticism by pointing at the critic's faults, misrepresents their position, or changes the subject.",
            "And what about the mess the last mayor left behind?");

    private final String label;
    private final String title;
    private final String definition;
    private final String example;

    Technique(String label, String title, String definition, String example) {
        this.label = label;
        this.title = title;
        this.definition = definition;
        this.example = example;
    }

    /** The name used in the corpus and in the JSON result, e.g. {@code Name_Calling,Labeling}. */
    public String label() {
        return label;
    }

    /** A name for people, e.g. "Name calling / labelling". */
    public String title() {
        return title;
    }

    public String definition() {
        return definition;
    }

    public String example() {
        return example;
    }

    public static Optional<Technique> fromLabel(String label) {
        for (Technique technique : values()) {
            if (technique.label.equals(label)) {
                return Optional.of(technique);
            }
        }
        return Optional.empty();
    }
}
