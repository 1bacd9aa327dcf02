package org.corridor.entities.user;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corridor.entities.Category;
import org.corridor.entities.lexicon.Lexicon;
import org.corridor.entities.lexicon.LexiconEntry;

/** Turns the user's corrections into lexicon entries and a set of rejected surface forms. */
public record UserLexicon(Lexicon additions, Set<String> rejected) {

    public static UserLexicon compile(List<Correction> corrections, List<LexiconEntry> handWritten, Lexicon base) {
        List<LexiconEntry> entries = new ArrayList<>(handWritten);
        Set<String> rejected = new HashSet<>();
        for (Correction c : corrections) {
            if (c.text() == null || c.text().isBlank() || c.type() == null) {
                continue;
            }
            switch (c.type()) {
                case ENTITY -> entityOf(c).ifPresent(entries::add);
                case ALIAS -> base.entry(c.entity()).or(() -> entries.stream()
                                .filter(e -> e.id().equals(c.entity())).findFirst())
                        .ifPresent(target -> entries.add(LexiconEntry.of(target.id(), target.label(),
                                target.categoryValue(), target.kind(), List.of(c.text().strip()))));
                case NOT_ENTITY -> rejected.add(c.text().strip());
                default -> throw new IllegalStateException(c.type().name());
            }
        }
        return new UserLexicon(new Lexicon(entries, java.util.Map.of(), List.of(), List.of()), rejected);
    }

    private static java.util.Optional<LexiconEntry> entityOf(Correction c) {
        Category category = LexiconEntry.parseCategory(c.category());
        if (category == null || c.entity() == null) {
            return java.util.Optional.empty();
        }
        String label = c.label() == null ? c.text().strip() : c.label();
        return java.util.Optional.of(LexiconEntry.of(c.entity(), label, category,
                c.kind() == null ? defaultKind(category) : c.kind(), List.of(c.text().strip())));
    }

    private static String defaultKind(Category category) {
        return switch (category) {
            case ACTOR -> "organisation";
            case INITIATIVE -> "programme";
            case PLACE -> "site";
            case DATE -> "date";
        };
    }
}
