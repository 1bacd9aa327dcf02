package org.corridor.entities.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corridor.entities.lexicon.CompiledLexicon;
import org.corridor.entities.text.Tokens;

/** One recognition in progress: the tokens of the body, the lexicon, the article date and the candidates so far. */
public final class Scan {

    private final Tokens tokens;
    private final CompiledLexicon lexicon;
    private final LocalDate articleDate;
    private final List<Candidate> candidates = new ArrayList<>();
    private final LexiconHits hits;
    private final boolean[] shouting;

    public Scan(Tokens tokens, CompiledLexicon lexicon, LocalDate articleDate) {
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.articleDate = articleDate;
        this.shouting = shoutingTokens(tokens);
        this.hits = LexiconHits.find(this);
    }

    /** Tokens in a run of three or more all-capital words: a headline in capitals, not a row of acronyms. */
    private static boolean[] shoutingTokens(Tokens t) {
        boolean[] out = new boolean[t.size()];
        int runStart = 0;
        for (int i = 0; i <= t.size(); i++) {
            boolean caps = i < t.size() && (t.allCaps(i) || (t.digits(i) && i > runStart));
            if (!caps) {
                if (i - runStart >= 3) {
                    java.util.Arrays.fill(out, runStart, i, true);
                }
                runStart = i + 1;
            }
        }
        return out;
    }

    public Tokens tokens() {
        return tokens;
    }

    public CompiledLexicon lexicon() {
        return lexicon;
    }

    /** The article's publication date, or null. */
    public LocalDate articleDate() {
        return articleDate;
    }

    public LexiconHits hits() {
        return hits;
    }

    public boolean shouting(int token) {
        return shouting[token];
    }

    public void add(Candidate c) {
        candidates.add(c);
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /** A capitalised word that may be part of a name: not in capitals-only headline text, not a common word. */
    public boolean nameWord(int i) {
        return tokens.capitalised(i) && !shouting[i] && !tokens.allCaps(i) && !romanOrLetter(i)
                && !lexicon.isCommonWord(tokens.lower(i)) && !lexicon.isDemonym(tokens.lower(i));
    }

    /** "Line-I", "Phase II": a single letter is a name only as an initial with its full stop ("M. Ali"). */
    private boolean romanOrLetter(int i) {
        int length = tokens.end(i) - tokens.start(i);
        if (length == 1) {
            return !(i + 1 < tokens.size() && tokens.gap(i + 1) != org.corridor.entities.text.Gap.SOFT
                    && tokens.text().charAt(tokens.end(i)) == '.');
        }
        return false;
    }
}
