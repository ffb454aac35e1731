package com.yotosmartstream.client.player;

import java.util.Map;

/**
 * Told about changed players. Changes are coalesced: while a delivery is waiting for its executor,
 * further changes to the same player replace the waiting snapshot, so a slow listener (the FX
 * thread) sees the latest state, not every step.
 */
@FunctionalInterface
public interface StateListener {

    /** @param changed the latest snapshot of each player that changed, by device id */
    void changed(Map<String, PlayerState> changed);
}
