package com.yotosmartstream.icons.picker;

import java.util.List;

/**
 * Where a picker's icons come from: the icon library, Yoto's public icons, or anything a page
 * passes in. {@link #find} blocks (database, network): the picker calls it in the background.
 */
public interface IconSource {

    /** Shown above the icons ("My icons", "Yoto's icons"). */
    String title();

    /** The icons matching every word of the query in their name or tags; all for an empty query. */
    List<IconChoice> find(String query) throws Exception;
}
