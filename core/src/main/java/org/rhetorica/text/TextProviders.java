package org.rhetorica.text;

import org.rhetorica.pipeline.NamedProvider;

/** Service providers for the text-structure annotators of this package. */
public final class TextProviders {
    private TextProviders() {}

    public static final class LanguageProvider extends NamedProvider {
        public LanguageProvider() {
            super("language", Language.PRODUCES, resources -> Language.load());
        }
    }

    public static final class ParagraphsProvider extends NamedProvider {
        public ParagraphsProvider() {
            super("paragraphs", Paragraphs.PRODUCES, resources -> new Paragraphs());
        }
    }

    public static final class SentencesProvider extends NamedProvider {
        public SentencesProvider() {
            super("sentences", Sentences.PRODUCES, resources -> Sentences.load());
        }
    }

    public static final class HeaderProvider extends NamedProvider {
        public HeaderProvider() {
            super("header", ArticleHeader.PRODUCES, resources -> new ArticleHeader());
        }
    }

    public static final class TurnsProvider extends NamedProvider {
        public TurnsProvider() {
            super("turns", InterviewTurns.PRODUCES, resources -> new InterviewTurns());
        }
    }

    public static final class PostsProvider extends NamedProvider {
        public PostsProvider() {
            super("posts", ThreadPosts.PRODUCES, resources -> new ThreadPosts());
        }
    }

}
