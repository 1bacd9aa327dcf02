package org.corridor.entities.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.corridor.entities.text.Tokens;

/**
 * What a surface form in the phrase trie stands for.
 *
 * @param entry   the entity
 * @param form    the form as written in the lexicon
 * @param words   the form's words as written, for the case check
 * @param acronym true for {@code acronyms} (always matched with exact case)
 * @param user    true when the form comes from the user's corrections (wins over everything else)
 */
public record AliasTarget(LexiconEntry entry, String form, List<String> words, boolean acronym, boolean user) {

    public static AliasTarget of(LexiconEntry entry, String form, boolean acronym, boolean user) {
        Tokens t = Tokens.of(form, 0, form.length());
        List<String> words = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            words.add(t.surface(i));
        }
        return new AliasTarget(entry, form, List.copyOf(words), acronym, user);
    }
}
