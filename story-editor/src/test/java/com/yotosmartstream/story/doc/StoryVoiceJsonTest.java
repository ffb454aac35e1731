package com.yotosmartstream.story.doc;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Voice;
import org.junit.jupiter.api.Test;

/** A story's voice and its exits' labels are kept in the file; a file from before them reads with prompts off. */
class StoryVoiceJsonTest {

    @Test
    void theVoiceAndTheLabelsReadBackAsWritten() throws Exception {
        Story story = StoryFixtures.dragonsCave();
        story = story.withInfo(story.info().withVoice(new Voice("en-gb", 190, 35, false)))
                .withNode(story.node("n1").orElseThrow().withLabel(Exit.LEFT, "Go into the cave"));
        Story read = StoryJson.read(StoryJson.write(story)).story();
        assertThat(read.info().voice()).isEqualTo(new Voice("en-gb", 190, 35, false));
        assertThat(read.node("n1").orElseThrow().label(Exit.LEFT)).contains("Go into the cave");
        assertThat(read).isEqualTo(story);
    }

    @Test
    void aNewStorySpeaksItsChoicePrompts() {
        assertThat(Story.empty("New").info().voice()).isEqualTo(Voice.DEFAULT);
        assertThat(Voice.DEFAULT.choicePrompts()).isTrue();
    }

    @Test
    void aFileWrittenBeforeVoicesKeepsSoundingAsItDidWithoutPrompts() throws Exception {
        String old = StoryJson.write(StoryFixtures.dragonsCave()).replaceAll("(?s)\"voice\": \\{.*?\\},", "");
        assertThat(old).doesNotContain("\"voice\"");
        Voice voice = StoryJson.read(old).story().info().voice();
        assertThat(voice.choicePrompts()).isFalse();
        assertThat(voice.rate()).isEqualTo(Voice.DEFAULT_RATE);
    }

    @Test
    void outOfRangeOrWrongValuesAreBroughtIntoRange() throws Exception {
        String text = StoryJson.write(StoryFixtures.dragonsCave()).replaceAll("(?s)\"voice\": \\{.*?\\}",
                "\"voice\": {\"name\": 7, \"rate\": 9000, \"pitch\": \"high\", \"choicePrompts\": \"yes\"}");
        Voice voice = StoryJson.read(text).story().info().voice();
        assertThat(voice).isEqualTo(new Voice("7", Voice.MAX_RATE, Voice.DEFAULT_PITCH, true));
    }

    @Test
    void aLabelOnAnExitThatIsNotSetIsNotKept() {
        var node = StoryFixtures.dragonsCave().node("n2").orElseThrow();
        assertThat(node.withLabel(Exit.LEFT, "Nowhere").labels()).isEmpty();
        assertThat(node.withLabel(Exit.END, "On").withLabel(Exit.END, " ").labels()).isEmpty();
    }
}
