package com.yotosmartstream.story.compile;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.story.lint.LintIssue;
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
     */
    record Compiled(Card card, Map<String, String> chapterKeys, List<LintIssue> warnings) implements CompileResult {
        public Compiled {
            chapterKeys = Map.copyOf(chapterKeys);
            warnings = List.copyOf(warnings);
        }

        /** The node a chapter key belongs to. */
        public Optional<String> nodeFor(String chapterKey) {
            return chapterKeys.entrySet().stream().filter(e -> e.getValue().equals(chapterKey))
                    .map(Map.Entry::getKey).findFirst();
        }
    }

    /** No card: these errors would make it fail on a player. */
    record Refused(List<LintIssue> reasons) implements CompileResult {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
