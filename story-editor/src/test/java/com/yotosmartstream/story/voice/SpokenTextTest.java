package com.yotosmartstream.story.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only words reach the voice; prompts say each button's label or its target's title. */
class SpokenTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            You see a [[door->Door]] and a [[Window]].                          | You see a door and a Window.
            <<set $gold to 5>>You have gold.<<if $gold > 3>> Lots!<</if>>     | You have gold. Lots!
            (set: $x to (a: 1, 2))The (if: $x is 1)[bell] rings.               | The bell rings.
            ''Bold'' and //italic// and ~~gone~~ ^^up^^.                         | Bold and italic and gone up.
            Hello<script>alert('x')</script> <b>world</b><!-- note -->.          | Hello world .
            /* a comment */Chapbook {back link} says $name hi.                   | Chapbook says hi.
            """)
    void markupMacrosAndCodeNeverReachTheVoice(String narration, String spoken) {
        assertEquals(spoken, SpokenText.of(narration));
    }

    @Test
    void paragraphsStayParagraphs() {
        assertEquals("One.\n\nTwo.", SpokenText.of("  One.  \n\n\n   Two.  "));
    }

    @Test
    void promptsSayTheLabelOrElseTheTargetsTitle() {
        StoryNode fork = StoryNode.create("n1", "Fork", Position.ORIGIN).withExit(Exit.LEFT, Target.to("n2"))
                .withLabel(Exit.LEFT, "Climb the tower!").withExit(Exit.RIGHT, Target.to("n3"))
                .withExit(Exit.END, Target.to("n3"));
        Story story = Story.of(new StoryInfo("S", "S", "", "", "", "n1"), List.of(fork,
                StoryNode.create("n2", "Tower", Position.ORIGIN), StoryNode.create("n3", "The Dark Forest", Position.ORIGIN)));
        assertEquals("Press the left button to climb the tower. Press the right button to the Dark Forest.",
                ChoicePrompts.of(story, fork));
        assertEquals("Press the left button to stop.", ChoicePrompts.of(story,
                StoryNode.create("n9", "x", Position.ORIGIN).withExit(Exit.LEFT, Target.STOP)));
        assertEquals("", ChoicePrompts.of(story, story.node("n2").orElseThrow()));
    }

    @Test
    void aLabelKeepsItsAcronymsAndLosesItsMarkup() {
        assertEquals("NASA calls", ChoicePrompts.words("NASA calls."));
        assertEquals("open the box", ChoicePrompts.words("''Open'' the box"));
    }
}
