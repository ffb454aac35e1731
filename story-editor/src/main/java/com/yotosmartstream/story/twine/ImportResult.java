package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Target;
import java.util.List;

/**
 * A story made from a Twine story, what the import could not carry over as it was (per passage,
 * by name, and the macros met with what became of each), the passages with more links than a node
 * holds, the story format the passages were read as, and the passages the format shows with every
 * passage (header and footer) with whether their text was merged into every node.
 */
public record ImportResult(Story story, List<String> notes, List<Overflow> overflows, StoryFormat format,
        List<String> headerAndFooter, boolean headerAndFooterMerged) {

    public ImportResult {
        notes = List.copyOf(notes);
        overflows = List.copyOf(overflows);
        headerAndFooter = List.copyOf(headerAndFooter);
    }

    /** Whether the story has a header or footer that an import with {@link ImportOptions#MERGE_LABEL} would merge. */
    public boolean canMergeHeaderAndFooter() {
        return !headerAndFooter.isEmpty() && !headerAndFooterMerged;
    }

    /**
     * A passage with more than three links: the node kept the first three (left, right, end of
     * track); {@code extra} are where the others lead, not yet connected. {@link TwineFixes#menuNodes}
     * connects them through "more choices" nodes.
     */
    public record Overflow(String nodeId, String passage, List<Target> extra, List<String> extraTexts) {
        public Overflow {
            extra = List.copyOf(extra);
            extraTexts = List.copyOf(extraTexts);
        }

        public String message() {
            return "Passage '" + passage + "' has " + (3 + extra.size()) + " links, but a node holds 3 (left button, "
                    + "right button, end of track). " + String.join(", ", extraTexts.stream().map(t -> "'" + t + "'")
                    .toList()) + (extra.size() == 1 ? " is" : " are") + " not connected. Suggested fix: add a "
                    + "'more choices' node after it, reached at the end of its track, that offers the rest.";
        }
    }
}
