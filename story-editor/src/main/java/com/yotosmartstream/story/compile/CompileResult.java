package com.yotosmartstream.story.compile;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.state.StateCompiler;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the compiler made: a card, or a refusal with the reasons. */
public sealed interface CompileResult {

    /**
     * A card ready to save to Yoto.
     *
     * @param chapterKeys each node's chapter key ("01" is the start)
     * @param warnings findings that do not stop the card from playing (unreachable nodes, ...)
     * @param pauseKeys the chapter key of each quiet pause, by the node (or clone) whose question it waits for
     * @param clones for a story with variables, each clone's node and state by clone id (ADR 0082); the
     *     chapter keys are then by clone id, the first clone of a node having the node's id; empty for
     *     a story without variables
     */
    record Compiled(Card card, Map<String, String> chapterKeys, List<LintIssue> warnings, Map<String, String> pauseKeys,
            Map<String, StateCompiler.Clone> clones) implements CompileResult {
        public Compiled {
            chapterKeys = Map.copyOf(chapterKeys);
            warnings = List.copyOf(warnings);
            pauseKeys = Map.copyOf(pauseKeys);
            clones = Map.copyOf(clones);
        }

        public Compiled(Card card, Map<String, String> chapterKeys, List<LintIssue> warnings, Map<String, String> pauseKeys) {
            this(card, chapterKeys, warnings, pauseKeys, Map.of());
        }

        /** The node a clone (or node) id plays. */
        public String nodeOf(String cloneId) {
            StateCompiler.Clone clone = clones.get(cloneId);
            return clone == null ? cloneId : clone.nodeId();
        }

        /** The clone a chapter key plays (its id; a node's own id when the story has no variables). */
        public Optional<String> cloneFor(String chapterKey) {
            return chapterKeys.entrySet().stream().filter(e -> e.getValue().equals(chapterKey))
                    .map(Map.Entry::getKey).findFirst()
                    .or(() -> pauseKeys.entrySet().stream().filter(e -> e.getValue().equals(chapterKey))
                            .map(Map.Entry::getKey).findFirst());
        }

        /** A card without quiet pauses. */
        public Compiled(Card card, Map<String, String> chapterKeys, List<LintIssue> warnings) {
            this(card, chapterKeys, warnings, Map.of());
        }

        /**
         * The node a chapter key belongs to (a quiet pause belongs to the node whose question it
         * waits for; a clone to the node it was cloned from).
         */
        public Optional<String> nodeFor(String chapterKey) {
            return cloneFor(chapterKey).map(this::nodeOf);
        }

        /** Whether the chapter is a quiet pause waiting for an answer. */
        public boolean isPause(String chapterKey) {
            return pauseKeys.containsValue(chapterKey);
        }
    }

    /** No card: these errors would make it fail on a player. */
    record Refused(List<LintIssue> reasons) implements CompileResult {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
