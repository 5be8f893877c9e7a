package org.rhetorica.claims;

import java.util.List;

/**
 * What the re-ranker knows of a known claim as a match for a text: how BM25 ranks it over the claim
 * and its title, how close their vectors are, and how many of the claim's words and numbers the text
 * shares. The names go into the re-ranker's provenance, so that a model trained on other features
 * is refused.
 */
final class MatchFeatures {
    /** The features, in the order of each row. */
    static final List<String> NAMES = List.of(
            "bm25_all_relative", // BM25 over claim and title, over the best score for the text
            "bm25_all_log", // log(1 + that BM25 score)
            "bm25_all_rank", // 1 / (1 + rank by it); 0 when not among the hits
            "bm25_claim_relative",
            "bm25_title_relative",
            "cosine_claim",
            "cosine_title", // the title's vector, or the claim's when it has no title
            "cosine_claim_gap", // cosine_claim less the best cosine_claim for the text
            "cosine_title_gap", // cosine_title less the best cosine_title among the candidates
            "cosine_rank", // 1 / (1 + rank by cosine_claim)
            "sentence_cosine_claim", // the best cosine of a sentence of the text with the claim
            "sentence_cosine_title",
            "claim_words_in_text", // share of the claim's content words the text has
            "text_words_in_claim", // share of the text's content words claim or title have
            "claim_weight_in_text", // the same shares, each word weighed by its BM25 idf
            "text_weight_in_claim",
            "rarest_shared_word", // the idf of the rarest content word text and claim (or title) share
            "claim_pairs_in_text", // share of the claim's neighbouring word pairs (stop words too) the text has
            "title_pairs_in_text",
            "shared_telling_numbers", // shared numbers other than years and numbers up to 31
            "shared_numbers",
            "claim_numbers_missing");

    static final int SIZE = NAMES.size();

    private MatchFeatures() {}
}
