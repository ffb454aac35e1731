package com.yotosmartstream.story.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A story's variables, each with its type, first value and (for a declared range) the values it
 * stays within; a state is an {@code int[]} with one value per variable in name order.
 */
public final class Variables {

    /** One variable. {@code low..high} is a declared range (values stay within it), else null bounds. */
    public record Variable(String name, Expr.Type type, int initial, Integer low, Integer high) {
        /** A value this variable holds after an assignment gave {@code value}: a declared range keeps it within. */
        int keep(int value) {
            if (type == Expr.Type.BOOL) {
                return value != 0 ? 1 : 0;
            }
            if (low != null && value < low) {
                return low;
            }
            return high != null && value > high ? high : value;
        }

        String show(int value) {
            return type == Expr.Type.BOOL ? (value != 0 ? "true" : "false") : Integer.toString(value);
        }
    }

    private final List<Variable> list;
    private final Map<String, Integer> index = new TreeMap<>();

    Variables(Map<String, Variable> byName) {
        this.list = List.copyOf(new TreeMap<>(byName).values());
        for (int i = 0; i < list.size(); i++) {
            index.put(list.get(i).name(), i);
        }
    }

    public List<Variable> list() {
        return list;
    }

    int index(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("No variable " + name);
        }
        return i;
    }

    boolean has(String name) {
        return index.containsKey(name);
    }

    Variable get(String name) {
        return list.get(index(name));
    }

    int[] initial() {
        int[] state = new int[list.size()];
        for (int i = 0; i < state.length; i++) {
            state[i] = list.get(i).initial();
        }
        return state;
    }

    /** A state as people read it: {@code key=true, gold=2}. */
    public String show(int[] state) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            parts.add(list.get(i).name() + "=" + list.get(i).show(state[i]));
        }
        return String.join(", ", parts);
    }

    /** The state after a node's assignments, applied in order. */
    int[] apply(int[] state, List<Expr.Assignment> sets) {
        if (sets.isEmpty()) {
            return state;
        }
        int[] next = Arrays.copyOf(state, state.length);
        for (Expr.Assignment set : sets) {
            int i = index(set.name());
            next[i] = list.get(i).keep(set.value().eval(next, this));
        }
        return next;
    }
}
