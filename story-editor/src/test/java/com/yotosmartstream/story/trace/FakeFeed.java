package com.yotosmartstream.story.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A feed the test speaks through. */
public final class FakeFeed implements PlayerFeed {

    private final List<Consumer<PlayerReport>> listeners = new ArrayList<>();

    @Override
    public AutoCloseable subscribe(Consumer<PlayerReport> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void say(PlayerReport... reports) {
        for (PlayerReport report : reports) {
            List.copyOf(listeners).forEach(l -> l.accept(report));
        }
    }

    public int subscribers() {
        return listeners.size();
    }
}
