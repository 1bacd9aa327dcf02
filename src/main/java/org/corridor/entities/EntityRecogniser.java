package org.corridor.entities;

import java.util.ArrayList;
import java.util.List;
import org.corridor.corpus.Article;
import org.corridor.entities.lexicon.CompiledLexicon;
import org.corridor.entities.rules.Candidate;
import org.corridor.entities.rules.RulePipeline;

/** The recogniser: the lexicon in force and the rule pipeline, over an article's body. No state between calls. */
public final class EntityRecogniser implements Recogniser {

    private final LexiconSource lexicon;

    public EntityRecogniser(LexiconSource lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Mention> recognise(Article article) {
        CompiledLexicon current = lexicon.current();
        String text = article.text();
        List<Candidate> chosen = RulePipeline.run(text, article.bodyStart(), article.bodyEnd(), current,
                article.meta().date());
        List<Mention> mentions = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            mentions.add(c.toMention(text));
        }
        return List.copyOf(mentions);
    }

    /** Which lexicon version results depend on, for caches. */
    public long lexiconVersion() {
        return lexicon.current().version();
    }
}
