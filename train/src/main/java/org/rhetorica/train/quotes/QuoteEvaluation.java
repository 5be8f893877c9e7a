package org.rhetorica.train.quotes;

import java.util.List;
import org.rhetorica.analysis.quotes.Quote;
import org.rhetorica.analysis.quotes.Quotes;
import org.rhetorica.train.quotes.AttributionCorpus.Article;

/** Runs the quotes annotator over corpus articles and scores it with {@link QuoteScorer}. */
final class QuoteEvaluation {
    private QuoteEvaluation() {}

    static QuoteScorer.Score evaluate(Quotes quotes, List<Article> articles) {
        QuoteScorer.Score total = QuoteScorer.Score.NONE;
        for (Article article : articles) {
            List<Quote> found = quotes.annotate(article.doc()).layer(Quote.LAYER);
            total = total.plus(QuoteScorer.score(article.doc(), article.gold(), found));
        }
        return total;
    }
}
