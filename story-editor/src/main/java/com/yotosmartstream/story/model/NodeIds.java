package com.yotosmartstream.story.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.NavigableSet;

/**
 * Node ids: {@code n1, n2, ...} for nodes made here; any other text is allowed (files written by
 * hand). They sort naturally ("n2" before "n10"), which fixes the order of nodes in story files.
 */
public final class NodeIds {

    /** Natural order: runs of digits compare as numbers, the rest as text. */
    public static final Comparator<String> ORDER = NodeIds::compare;

    private NodeIds() {
    }

    /** The next free id of the form {@code n<number>}, one past the highest in use. */
    public static String next(Collection<String> used) {
        return "n" + (highest(used) + 1);
    }

    /** The highest number among ids of the form {@code n<number>}; 0 when there is none. */
    public static long highest(Collection<String> used) {
        long max = 0;
        for (String id : used) {
            if (isNumbered(id)) {
                max = Math.max(max, Long.parseLong(id.substring(1)));
            }
        }
        return max;
    }

    /**
     * The same as {@link #highest(Collection)} for ids kept in {@link #ORDER}, without looking at
     * them all: {@code n<number>} ids sort by their number between "n" and "n:", so the highest is
     * the last such id below "n:" (ids like "n12b" sort right after "n12" and are stepped over).
     * A logarithmic lookup instead of a scan: making ids one after another stays linear (issue 19).
     */
    public static long highest(NavigableSet<String> used) {
        if (used.comparator() != ORDER) {
            return highest((Collection<String>) used);
        }
        for (String id : used.subSet("n", true, "n:", false).descendingSet()) {
            if (isNumbered(id)) {
                return Long.parseLong(id.substring(1));
            }
        }
        return 0;
    }

    /** {@code n} and up to 16 digits, so the number fits a long. */
    private static boolean isNumbered(String id) {
        if (id.length() < 2 || id.length() >= 18 || id.charAt(0) != 'n') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = skipZeros(a, i);
                int sj = skipZeros(b, j);
                i = digitsEnd(a, i);
                j = digitsEnd(b, j);
                // the numbers without leading zeros: the longer is larger, else digit by digit
                int c = Integer.compare(i - si, j - sj);
                for (int k = 0; c == 0 && k < i - si; k++) {
                    c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                }
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where the number starting at {@code from} starts without its leading zeros (a lone 0 stays). */
    private static int skipZeros(String s, int from) {
        int end = digitsEnd(s, from);
        int k = from;
        while (k < end - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
    }
}
