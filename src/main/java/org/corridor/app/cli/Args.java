package org.corridor.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line arguments of one command: {@code --name value} options (repeatable), {@code --flag}
 * switches, and positional values, in the GNU style the README documents.
 */
public final class Args {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    /**
     * @param raw   the words after the command name
     * @param flags the options that take no value
     */
    public static Args parse(List<String> raw, Set<String> flags) throws UsageException {
        Args args = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String word = raw.get(i);
            if (word.equals("--")) {
                args.positionals.addAll(raw.subList(i + 1, raw.size()));
                break;
            }
            if (word.startsWith("--") && word.length() > 2) {
                String name = word.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (!flags.contains(name)) {
                    if (i + 1 >= raw.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = raw.get(++i);
                }
                args.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "true" : value);
            } else {
                args.positionals.add(word);
            }
        }
        return args;
    }

    public Optional<String> option(String name) {
        List<String> values = options.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    public List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public List<String> positionals() {
        return List.copyOf(positionals);
    }

    /** Fails on options the command does not know, so typos are not silently ignored. */
    public void allowOnly(Set<String> known) throws UsageException {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
    }
}
