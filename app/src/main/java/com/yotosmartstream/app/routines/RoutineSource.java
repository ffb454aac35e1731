package com.yotosmartstream.app.routines;

import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.routine.RoutineRunner;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What routines need of the open household (the composition root adapts the household service). */
public interface RoutineSource {

    /** A runner on the open household; empty when none is open. */
    Optional<RoutineRunner> runner();

    /** The household's players, in its order (none when no household is open). */
    List<PlayerInfo> players();

    /** The cards a step can play: id -> title, by title. */
    Map<String, String> cards();
}
