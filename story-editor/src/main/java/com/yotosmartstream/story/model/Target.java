package com.yotosmartstream.story.model;

import java.util.Objects;

/** Where an exit leads: to a node (by id), or nowhere, ending the story. */
public sealed interface Target {

    Stop STOP = new Stop();

    static Target to(String nodeId) {
        return new Goto(nodeId);
    }

    /** Ends the story (the card's {@code stop}). */
    record Stop() implements Target {
        @Override
        public String toString() {
            return "stop";
        }
    }

    /** Goes to another node (the card's {@code goto}). The node may be missing; lint says so. */
    record Goto(String nodeId) implements Target {
        public Goto {
            Objects.requireNonNull(nodeId, "nodeId");
        }

        @Override
        public String toString() {
            return "-> " + nodeId;
        }
    }
}
