package org.corridor.ui.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.entities.Mention;
import org.corridor.entities.lexicon.LexiconEntry;

/**
 * A named group (Pakistan's 5 Es, CPEC 2.0's five corridors) and how often the article mentions each member.
 *
 * @param groupId "5Es" or "cpec2-corridors"
 * @param title   shown above the members
 * @param members in lexicon order
 */
public record GroupStatus(String groupId, String title, List<Member> members) {

    /** One member and its number of mentions in the article (0: not mentioned). */
    public record Member(String entityId, String name, int mentions) {
    }

    public static final Map<String, String> TITLES = Map.of("5Es", "Pakistan's 5 Es", "cpec2-corridors",
            "CPEC 2.0: five corridors");
    /** The named groups, in the order they are shown. */
    public static final List<String> GROUP_IDS = List.of("5Es", "cpec2-corridors");
    private static final Map<String, String> SHORT_TITLES = Map.of("5Es", "5 Es", "cpec2-corridors", "Five corridors");

    /** The group's name where room is short, as in the legend: "5 Es", "Five corridors". */
    public static String shortTitle(String groupId) {
        return SHORT_TITLES.getOrDefault(groupId, groupId);
    }

    public static List<GroupStatus> of(Collection<LexiconEntry> lexicon, List<Mention> mentions) {
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (String g : GROUP_IDS) {
            groups.put(g, new ArrayList<>());
        }
        for (LexiconEntry e : lexicon) {
            if (e.group() == null || !e.isContextual() || !groups.containsKey(e.group())) {
                continue;
            }
            int count = (int) mentions.stream().filter(m -> e.id().equals(m.entityId())).count();
            groups.get(e.group()).add(new Member(e.id(), shortName(e.label()), count));
        }
        List<GroupStatus> out = new ArrayList<>();
        groups.forEach((id, members) -> {
            members.sort(java.util.Comparator.comparingInt(GroupStatus::rank).thenComparing(Member::name));
            out.add(new GroupStatus(id, TITLES.get(id), List.copyOf(members)));
        });
        return out;
    }

    /** The order in which the groups are always enumerated. */
    private static final List<String> ORDER = List.of("exports", "e-pakistan", "energy", "environment", "equity",
            "growth", "livelihood", "innovation", "open", "green");

    private static int rank(Member m) {
        String name = m.name().toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < ORDER.size(); i++) {
            if (name.startsWith(ORDER.get(i))) {
                return i;
            }
        }
        return ORDER.size();
    }

    /** "Energy (5 Es)" is shown as "Energy" inside its group. */
    private static String shortName(String label) {
        int paren = label.indexOf(" (");
        return paren > 0 ? label.substring(0, paren) : label;
    }
}
