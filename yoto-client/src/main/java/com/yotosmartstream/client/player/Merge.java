package com.yotosmartstream.client.player;

import java.util.List;
import java.util.Set;

/**
 * What merging one message did.
 *
 * @param state the state after the merge
 * @param changed the fields whose value changed (a re-report of the same value only refreshes its time)
 * @param rejected field names present with a value of the wrong type; the old value was kept
 * @param unknown field names this client does not know; ignored
 */
public record Merge(PlayerState state, Set<PlayerField> changed, List<String> rejected, List<String> unknown) {

    public Merge {
        changed = Set.copyOf(changed);
        rejected = List.copyOf(rejected);
        unknown = List.copyOf(unknown);
    }
}
