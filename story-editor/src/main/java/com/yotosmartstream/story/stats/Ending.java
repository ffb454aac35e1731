package com.yotosmartstream.story.stats;

import java.math.BigInteger;
import java.util.Optional;

/**
 * One ending the start can reach, with the shortest and the longest listening time to it and how many
 * paths lead there. Where a loop lies on some path to it, the longest time and the number of paths
 * have no bound: both are empty and {@code loopThrough} names a node of that loop.
 *
 * @param id the ending's node id
 * @param title its title
 * @param marked whether the author marked it an ending (else it is one because it leads nowhere)
 * @param shortest the quickest way to it
 * @param longest the longest way to it, when there is one
 * @param paths how many different paths (sequences of nodes) lead from the start to it, when finite
 * @param loopThrough a node of a loop some path to it can go round for ever
 */
public record Ending(String id, String title, boolean marked, Span shortest, Optional<Span> longest,
        Optional<BigInteger> paths, Optional<String> loopThrough) {
}
