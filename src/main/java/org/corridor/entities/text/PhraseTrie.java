package org.corridor.entities.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A trie over lower-cased tokens: all phrases that start at a token are found in one walk, so matching
 * costs one hash look-up per token of text however many phrases there are. Keys after the first token
 * carry the gap kind ({@link Gap#key()}), so "2.0" and "2 0" stay different phrases.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {

    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        private Map<String, Node<V>> next;
        private List<V> values;
    }

    /** Adds a phrase; returns false when it has no tokens. */
    public boolean add(String phrase, V value) {
        Tokens tokens = Tokens.of(phrase, 0, phrase.length());
        if (tokens.size() == 0) {
            return false;
        }
        Node<V> node = root;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && tokens.gap(i) == Gap.HARD) {
                return false;
            }
            String key = i == 0 ? tokens.lower(i) : tokens.gap(i).key() + tokens.lower(i);
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(key, k -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
        return true;
    }

    /**
     * Reports every phrase that starts at token {@code from} and ends at or before {@code limit} (exclusive
     * token index), shortest first, as (index of the phrase's last token, value).
     */
    public void matchAt(Tokens tokens, int from, int limit, BiConsumer<Integer, V> sink) {
        if (root.next == null || from >= limit) {
            return;
        }
        Node<V> node = root.next.get(tokens.lower(from));
        int i = from;
        while (node != null) {
            if (node.values != null) {
                for (V v : node.values) {
                    sink.accept(i, v);
                }
            }
            i++;
            if (node.next == null || i >= limit || tokens.gap(i) == Gap.HARD) {
                return;
            }
            node = node.next.get(tokens.gap(i).key() + tokens.lower(i));
        }
    }

    /** The values of exactly this phrase (tokens, gaps and all), or an empty list. */
    public List<V> lookup(String phrase) {
        Tokens tokens = Tokens.of(phrase, 0, phrase.length());
        List<V> out = new ArrayList<>();
        matchAt(tokens, 0, tokens.size(), (last, value) -> {
            if (last == tokens.size() - 1) {
                out.add(value);
            }
        });
        return out;
    }

    /** True when some phrase starts with this lower-cased token: a cheap pre-check. */
    public boolean startsWith(String lowerToken) {
        return root.next != null && root.next.containsKey(lowerToken);
    }
}
