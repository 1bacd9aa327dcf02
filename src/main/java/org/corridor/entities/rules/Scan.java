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
    private final boolean[] capitals;
    private final boolean[] shouting;

    public Scan(Tokens tokens, CompiledLexicon lexicon, LocalDate articleDate) {
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.articleDate = articleDate;
        this.capitals = shoutingTokens(tokens);
        this.shouting = capitals.clone();
        markTitleCaseLines(tokens, shouting);
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

    /**
     * A short line in Title Case without a final full stop is a headline or a cross-head inside the body
     * ("Critics Say Deal Lacks Transparency"): its capitals say nothing about names.
     */
    private static void markTitleCaseLines(Tokens t, boolean[] out) {
        int lineStart = 0;
        for (int i = 1; i <= t.size(); i++) {
            if (i == t.size() || startsLine(t, i)) {
                if (isTitleCase(t, lineStart, i) && !creditLine(t, lineStart, i)) {
                    java.util.Arrays.fill(out, lineStart, i, true);
                }
                lineStart = i;
            }
        }
    }

    private static boolean startsLine(Tokens t, int i) {
        for (int k = t.end(i - 1); k < t.start(i); k++) {
            if (t.text().charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CREDIT_WORDS = java.util.Set.of("reporting", "writing", "editing",
            "edited", "written", "compiled", "photos", "photo", "additional", "translated", "produced");

    /** "(Reporting by Asif Khan; Editing by Jane Doe)": the capitals of a credit line are names. */
    private static boolean creditLine(Tokens t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.lower(i).equals("by") && t.lowerCase(i) && CREDIT_WORDS.contains(t.lower(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final int HEADLINE_MAX_WORDS = 20;

    private static boolean isTitleCase(Tokens t, int from, int to) {
        int words = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            if (t.end(i) - t.start(i) >= 4 && !t.digits(i)) {
                words++;
                if (t.capitalised(i)) {
                    capitalised++;
                }
            }
        }
        int end = t.end(to - 1);
        boolean sentence = end < t.text().length() && ".!?\"”:".indexOf(t.text().charAt(end)) >= 0;
        return to - from <= HEADLINE_MAX_WORDS && words >= 3 && capitalised * 4 >= words * 3 && !sentence;
    }

    /** The token opens the body or a line. */
    public boolean lineStart(int token) {
        return token == 0 || startsLine(tokens, token);
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

    /** In a headline: a run of capitals or a short line in Title Case. Capitals there mark no names. */
    public boolean shouting(int token) {
        return shouting[token];
    }

    /** In a run of all-capital words, where lexicon forms match whatever their case. */
    public boolean capitals(int token) {
        return capitals[token];
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
