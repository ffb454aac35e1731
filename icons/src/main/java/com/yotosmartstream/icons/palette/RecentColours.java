package com.yotosmartstream.icons.palette;

import java.util.ArrayList;
import java.util.List;

/** The colours painted with lately, newest first, each once. */
public final class RecentColours {

    public static final int SIZE = 12;

    private final List<Integer> colours = new ArrayList<>();

    /** Records a colour used for painting; transparency is not a colour worth remembering. */
    public boolean use(int argb) {
        if ((argb >>> 24) == 0) {
            return false;
        }
        if (!colours.isEmpty() && colours.get(0) == argb) {
            return false;
        }
        colours.remove(Integer.valueOf(argb));
        colours.add(0, argb);
        if (colours.size() > SIZE) {
            colours.remove(colours.size() - 1);
        }
        return true;
    }

    public List<Integer> colours() {
        return List.copyOf(colours);
    }
}
