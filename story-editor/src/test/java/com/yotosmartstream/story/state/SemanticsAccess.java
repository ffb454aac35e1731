package com.yotosmartstream.story.state;

import com.yotosmartstream.story.model.Story;
import java.util.List;

/** The direct interpreter of {@link Semantics}, for tests in other packages. */
public final class SemanticsAccess {

    /** A button or the end of the track. */
    public enum Press { LEFT, RIGHT, END }

    private SemanticsAccess() {
    }

    public static List<String> interpret(Story story, StoryLogic logic, List<Press> presses) {
        return Semantics.interpret(story, logic, presses.stream().map(p -> Semantics.Press.values()[p.ordinal()]).toList());
    }
}
