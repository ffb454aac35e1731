package com.yotosmartstream.story.lint;

import java.util.List;
import java.util.Optional;

/**
 * One finding: which rule, a message saying what is wrong and what to do, the nodes concerned
 * (the first is the one to select; empty for the whole story), and the fix where one is obvious.
 */
public record LintIssue(Rule rule, String message, List<String> nodeIds, Optional<Fix> fix) {

    public LintIssue {
        nodeIds = List.copyOf(nodeIds);
    }

    public Severity severity() {
        return rule.severity();
    }

    /** The node to select when the finding is clicked. */
    public Optional<String> nodeId() {
        return nodeIds.isEmpty() ? Optional.empty() : Optional.of(nodeIds.get(0));
    }

    @Override
    public String toString() {
        return rule + ": " + message;
    }
}
