package com.yotosmartstream.story.model;

import java.util.Collection;
import java.util.Comparator;

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
            if (id.length() > 1 && id.length() < 18 && id.charAt(0) == 'n' && id.substring(1).chars().allMatch(Character::isDigit)) {
                max = Math.max(max, Long.parseLong(id.substring(1)));
            }
        }
        return max;
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
