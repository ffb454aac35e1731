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
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String da = strip(a.substring(si, i));
                String db = strip(b.substring(sj, j));
                int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
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

    private static String strip(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
