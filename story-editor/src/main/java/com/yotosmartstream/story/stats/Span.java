package com.yotosmartstream.story.stats;

/**
 * One path's listening time from the start: the sum of its nodes' lengths ({@link NodeTime}).
 *
 * @param seconds how long the path plays, every track heard to its end
 * @param nodes how many nodes it passes, the start and the ending included
 * @param estimated whether a node on it is generated narration, whose length is estimated
 * @param unknownPart whether a node on it has a recording of unknown length (counted as 0 s)
 */
public record Span(double seconds, int nodes, boolean estimated, boolean unknownPart) {
}
