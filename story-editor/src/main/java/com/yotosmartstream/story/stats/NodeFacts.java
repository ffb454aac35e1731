package com.yotosmartstream.story.stats;

/**
 * One node as the statistics see it.
 *
 * @param id the node id
 * @param title its title
 * @param time how long it plays and its words
 * @param reachable whether the start leads to it (unreachable nodes take no part in the paths)
 */
public record NodeFacts(String id, String title, NodeTime time, boolean reachable) {

    public boolean hasAudio() {
        return time.kind() != NodeTime.Kind.ESTIMATED;
    }
}
