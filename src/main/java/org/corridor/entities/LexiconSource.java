package org.corridor.entities;

import org.corridor.entities.lexicon.CompiledLexicon;

/** Supplies the lexicon in force now; it changes when the user corrects the recogniser. */
@FunctionalInterface
public interface LexiconSource {

    CompiledLexicon current();
}
