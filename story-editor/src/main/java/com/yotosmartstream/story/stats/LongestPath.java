package com.yotosmartstream.story.stats;

import java.util.List;

/**
 * The longest listening of the whole story: the path, from the start to an ending, that plays longest.
 *
 * @param endingId the ending it reaches
 * @param span its time
 * @param nodeIds its nodes in order, the start first
 */
public record LongestPath(String endingId, Span span, List<String> nodeIds) {

    public LongestPath {
        nodeIds = List.copyOf(nodeIds);
    }
}
