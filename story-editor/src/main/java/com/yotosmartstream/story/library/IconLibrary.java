package com.yotosmartstream.story.library;

import java.util.List;
import java.util.Optional;

/**
 * The 16x16 icons nodes can use, as the editor sees them. Declared here, implemented by the app
 * (icons live in another module). Methods may block: call them off the UI thread.
 */
public interface IconLibrary {

    List<StoryIcon> icons();

    Optional<StoryIcon> icon(String ref);

    /** Why the picker is empty and what to do, when it is; empty when icons can be offered. */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /**
     * Hears every change of the icons (one call per change, on any thread) until the handle is
     * closed, so pickers list them again. A library that never changes keeps the default.
     */
    default AutoCloseable onChange(Runnable listener) {
        return () -> { };
    }

    static IconLibrary none(String reason) {
        return new IconLibrary() {
            @Override
            public List<StoryIcon> icons() {
                return List.of();
            }

            @Override
            public Optional<StoryIcon> icon(String ref) {
                return Optional.empty();
            }

            @Override
            public Optional<String> unavailableReason() {
                return Optional.of(reason);
            }
        };
    }
}
