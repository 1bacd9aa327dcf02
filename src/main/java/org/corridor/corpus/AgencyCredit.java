package org.corridor.corpus;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The agency signature at the end of a story: "…interest.—APP", "…of China. PTI", "… = DNA", "Source: Xinhua". */
final class AgencyCredit {

    private static final Pattern MARKED = Pattern.compile("(?:--|[—–=/-])\\s*\\(?([A-Za-z][A-Za-z' ]{0,20}?)\\)?\\s*\\z");
    private static final Pattern BARE = Pattern.compile("[.!?”\"’)]\\s+\\(?([A-Za-z][A-Za-z' ]{0,20}?)\\)?\\s*\\z");
    private static final Pattern LABELLED = Pattern.compile("(?:Source|Courtesy)\\s*:\\s*([^\\n]{2,40}?)\\s*\\z",
            Pattern.CASE_INSENSITIVE);

    private AgencyCredit() {
    }

    /** Looks at the end of {@code text[from, to)}; a bare word counts only if it is a known agency. */
    static Optional<String> find(String text, int from, int to) {
        CharSequence tail = text.subSequence(Math.max(from, to - 200), to);
        Matcher labelled = LABELLED.matcher(tail);
        if (labelled.find()) {
            return Optional.of(NewsAgencies.known(labelled.group(1)).orElse(labelled.group(1).trim()));
        }
        Matcher marked = MARKED.matcher(tail);
        if (marked.find()) {
            Optional<String> credit = NewsAgencies.credit(marked.group(1));
            if (credit.isPresent()) {
                return credit;
            }
        }
        Matcher bare = BARE.matcher(tail);
        if (bare.find()) {
            return NewsAgencies.known(bare.group(1));
        }
        return Optional.empty();
    }
}
