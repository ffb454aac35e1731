package com.yotosmartstream.story.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.state.StateStories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Story files with variables (version 3, ADR 0082). */
class StoryJsonVariablesTest {

    @Test
    void aStoryWithVariablesIsWrittenAsVersionThreeAndReadsBackTheSame() throws Exception {
        Story camp = StateStories.camp();

        String json = StoryJson.write(camp);
        StoryJson.Read read = StoryJson.read(json);

        assertThat(json).contains("\"version\": 3").contains("\"variables\": [").contains("\"sets\": [")
                .contains("\"onlyIf\": {\n        \"left\": \"key and not torch\"");
        assertThat(read.warnings()).isEmpty();
        assertThat(read.story()).isEqualTo(camp);
        assertThat(StoryJson.write(read.story())).isEqualTo(json);
    }

    @Test
    void aStoryWithoutVariablesStaysVersionTwoSoOlderAppsStillOpenIt() throws Exception {
        assertThat(StoryJson.write(StoryFixtures.dragonsCave())).contains("\"version\": 2,").doesNotContain("variables")
                .doesNotContain("onlyIf");
    }

    @Test
    void oldFilesReadAsStoriesWithoutVariables() throws Exception {
        Story read = StoryJson.read("""
                {"format":"yoto-smart-stream/story","version":2,"title":"Old","start":"n1","nodes":[
                 {"id":"n1","title":"A","x":0,"y":0,"exits":{"left":{"goto":"n1"}}}]}
                """).story();

        assertThat(read.info().variables()).isEmpty();
        assertThat(read.node("n1").orElseThrow().usesVariables()).isFalse();
    }

    @Test
    void damagedVariableFieldsAreWarningsAndTheRestOpens() throws Exception {
        StoryJson.Read read = StoryJson.read("""
                {"format":"yoto-smart-stream/story","version":3,"title":"Hurt","start":"n1","variables":[1, "key = false"],
                 "nodes":[{"id":"n1","title":"A","x":0,"y":0,"exits":{"left":{"goto":"n1"}},"sets":"key = true",
                 "onlyIf":{"left":"key","right":"key","up":"key"}}]}
                """);

        assertThat(read.story().info().variables()).containsExactly("key = false");
        assertThat(read.story().node("n1").orElseThrow().onlyIf()).containsOnlyKeys(Exit.LEFT);
        assertThat(read.warnings()).hasSize(4).anySatisfy(w -> assertThat(w).contains("'A' (n1)'s sets could not be read"));
    }

    @Test
    void aVariableFieldNamedTwiceIsRefusedLikeAnyOther() {
        assertThatThrownBy(() -> StoryJson.read("""
                {"format":"yoto-smart-stream/story","version":3,"nodes":[{"id":"n1","sets":["a = true"],"sets":[]}]}
                """)).isInstanceOf(StoryFormatException.class).hasMessageContaining("\"sets\" twice");
    }

    @Test
    void conditionsAndSetsLeaveWithTheirExitsAndBlankOnesAreDropped() {
        Story camp = StateStories.camp();
        var cave = camp.node("n4").orElseThrow();

        assertThat(cave.withExit(Exit.LEFT, null).onlyIf()).containsOnlyKeys(Exit.RIGHT);
        assertThat(cave.withSets(List.of(" ", "a = true ")).sets()).containsExactly("a = true");
    }
}
