package com.yotosmartstream.story.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.Waiting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryJsonTest {

    @Test
    void aStoryReadsBackExactlyAsItWasWritten() throws Exception {
        Story story = StoryFixtures.dragonsCave();
        Story more = story.withNode(story.node("n2").orElseThrow().withTags(List.of("dark", "scary"))
                .withIcon("yoto:#abc").withExit(Exit.LEFT, Target.STOP).withPosition(new Position(12.5, -3.25)));

        StoryJson.Read read = StoryJson.read(StoryJson.write(more));

        assertThat(read.story()).isEqualTo(more);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aNodeFarAwayKeepsItsPlaceWhenSaved() throws Exception {
        // found by StoryJsonFuzzTest: x * 100 saturated at Long.MAX_VALUE, so a save moved the node
        Story story = StoryFixtures.dragonsCave();
        Story far = story.withNode(story.node("n2").orElseThrow().withPosition(new Position(3.0044e83, -2.5e17)));

        assertThat(StoryJson.read(StoryJson.write(far)).story()).isEqualTo(far);
    }

    @Test
    void aNodeAtMinusZeroReadsBackAsTheSameStory() throws Exception {
        // found by StoryJsonFuzzTest: -0.0 was written as 0, and the record told 0.0 and -0.0 apart
        Story story = StoryFixtures.dragonsCave();
        Story zero = story.withNode(story.node("n2").orElseThrow().withPosition(new Position(1300, -0.0)));

        assertThat(StoryJson.read(StoryJson.write(zero)).story()).isEqualTo(zero);
    }

    @Test
    void aGeneratedStoryOfTwoThousandNodesRoundTrips() throws Exception {
        Story story = StoryFixtures.generated(2000, 7);

        assertThat(StoryJson.read(StoryJson.write(story)).story()).isEqualTo(story);
    }

    @Test
    void theSameStoryAlwaysGivesTheSameBytesWhateverOrderItWasBuiltIn() {
        Story story = StoryFixtures.dragonsCave();
        List<StoryNode> shuffled = new ArrayList<>(story.nodes());
        Collections.reverse(shuffled);
        Story rebuilt = Story.of(story.info(), shuffled);

        assertThat(StoryJson.write(rebuilt)).isEqualTo(StoryJson.write(story));
    }

    @Test
    void theFileIsReadableJsonWithFieldsInAFixedOrder() {
        String json = StoryJson.write(StoryFixtures.dragonsCave());

        assertThat(json).startsWith("{\n  \"format\": \"yoto-smart-stream/story\",\n  \"version\": 2,\n  \"id\": ");
        assertThat(json).contains("""
                    {
                      "id": "n2",
                      "title": "Cave",
                      "narration": "The cave is dark and warm.",
                      "audio": {
                        "track": "track-n2",
                        "title": "Cave audio",
                        "seconds": 30
                      },
                      "x": 300,
                      "y": -100,
                      "exits": {
                        "end": {
                          "goto": "n4"
                        }
                      }
                    },
                """);
        assertThat(json).contains("\"ending\": true").contains("\"stop\": true").endsWith("}\n");
    }

    @Test
    void somethingThatIsNotJsonIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> StoryJson.read("<html>not a story</html>"))
                .isInstanceOf(StoryFormatException.class).hasMessageContaining("not a story");
    }

    @Test
    void otherJsonIsRefusedAndPointsAtImportForTwine() {
        assertThatThrownBy(() -> StoryJson.read("{\"title\":\"x\"}"))
                .isInstanceOf(StoryFormatException.class).hasMessageContaining("use Import");
    }

    @Test
    void positionsAndLengthsAreKeptToTheHundredthAFileStoresSoAStoryRoundTrips() {
        assertThat(new com.yotosmartstream.story.model.Position(2.403, -0.001))
                .isEqualTo(new com.yotosmartstream.story.model.Position(2.4, 0)); // a fuzzing finding
        assertThat(new com.yotosmartstream.story.model.AudioRef("t", "x", 1.555).seconds()).isEqualTo(1.56);
        assertThat(new com.yotosmartstream.story.model.Position(3e83, 0).x()).isEqualTo(3e83);
    }

    @Test
    void anAudioLengthOfMinusZeroReadsAsZeroSoTheStoryRoundTrips() {
        assertThat(new com.yotosmartstream.story.model.AudioRef("t", "x", -0.0))
                .isEqualTo(new com.yotosmartstream.story.model.AudioRef("t", "x", 0.0)); // a fuzzing finding
    }

    @Test
    void aVersionNamedTwiceIsToldAsADamagedFileNotANewerOne() {
        String twice = "{\"format\":\"yoto-smart-stream/story\",\"version\":1,\"nodes\":[],\"version\":99}";
        assertThatThrownBy(() -> StoryJson.read(twice)).isInstanceOf(StoryFormatException.class)
                .hasMessageContaining("\"version\" twice").hasMessageNotContaining("newer");
        String nested = "{\"format\":\"yoto-smart-stream/story\",\"version\":1,\"nodes\":[{\"id\":\"a\",\"id\":\"b\"}]}";
        assertThatThrownBy(() -> StoryJson.read(nested)).hasMessageContaining("\"id\" twice");
    }

    @Test
    void theSameNameInDifferentObjectsIsFine() {
        assertThat(DuplicateKeys.first("{\"a\":{\"id\":1},\"b\":[{\"id\":2},{\"id\":3}],\"id\":4}")).isEmpty();
        assertThat(DuplicateKeys.first("{\"a\":[1,{\"x\":1,\"x\":2}]}")).contains("x");
    }

    @Test
    void aVersionTooLargeForANumberIsDamagedNotANewerVersion() {
        assertThatThrownBy(() -> StoryJson.read("{\"format\":\"yoto-smart-stream/story\",\"version\":1e30}"))
                .isInstanceOf(StoryFormatException.class).hasMessageContaining("no valid \"version\"");
    }

    @Test
    void aStoryFromANewerVersionIsRefusedAndSaysToUpdate() {
        assertThatThrownBy(() -> StoryJson.read("{\"format\":\"yoto-smart-stream/story\",\"version\":9}"))
                .isInstanceOf(StoryFormatException.class).hasMessageContaining("newer version").hasMessageContaining("Update");
    }

    @Test
    void damagedNodesAreLeftOutWithWarningsAndTheRestOpens() throws Exception {
        String text = """
                {"format":"yoto-smart-stream/story","version":1,"title":"Hurt","start":"n1","nodes":[
                  {"id":"n1","title":"Good","x":1,"y":2,"exits":{"left":{"goto":"n2"},"up":{"goto":"n2"}}},
                  {"title":"No id"},
                  "not a node",
                  {"id":"n2","title":"Odd place","x":"far","y":3,"audio":{"title":"no track"}},
                  {"id":"n1","title":"Twin"}
                ]}""";

        StoryJson.Read read = StoryJson.read(text);

        assertThat(read.story().nodeMap().keySet()).containsExactly("n1", "n2");
        assertThat(read.story().node("n1").orElseThrow().exit(Exit.LEFT)).contains(Target.to("n2"));
        assertThat(read.story().node("n2").orElseThrow().position()).isEqualTo(Position.ORIGIN);
        assertThat(read.warnings()).hasSize(6).anySatisfy(w -> assertThat(w).contains("\"up\""))
                .anySatisfy(w -> assertThat(w).contains("Twin")).anySatisfy(w -> assertThat(w).contains("no valid place"));
    }

    @Test
    void whatQuestionsDoWhenNobodyAnswersIsSavedForTheStoryAndEachNode() throws Exception {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withInfo(cave.info().withWaiting(Waiting.pause(12)))
                .withNode(cave.node("n1").orElseThrow().withWaiting(Waiting.REPEAT));

        String json = StoryJson.write(story);

        assertThat(json).contains("\"waiting\": {\n    \"mode\": \"pause\",\n    \"seconds\": 12\n  }")
                .contains("\"waiting\": {\n        \"mode\": \"repeat\"\n      }");
        Story read = StoryJson.read(json).story();
        assertThat(read).isEqualTo(story);
        assertThat(read.node("n2").orElseThrow().waiting()).isEmpty();
    }

    @Test
    void aVersionOneFileStillOpensAndItsQuestionsStopAsTheyDid() throws Exception {
        String text = """
                {"format":"yoto-smart-stream/story","version":1,"title":"Old","start":"n1","nodes":[
                  {"id":"n1","title":"Fork","x":0,"y":0,"exits":{"left":{"goto":"n2"}}},
                  {"id":"n2","title":"End","x":200,"y":0,"ending":true}
                ]}""";

        StoryJson.Read read = StoryJson.read(text);

        assertThat(read.warnings()).isEmpty();
        assertThat(read.story().info().waiting()).isEqualTo(Waiting.STOP);
        assertThat(read.story().node("n1").orElseThrow().waiting()).isEmpty();
    }

    @Test
    void anUnreadableWaitingIsAWarningAndStops() throws Exception {
        String text = """
                {"format":"yoto-smart-stream/story","version":2,"title":"Odd","waiting":{"mode":"sing"},"nodes":[]}""";

        StoryJson.Read read = StoryJson.read(text);

        assertThat(read.story().info().waiting()).isEqualTo(Waiting.STOP);
        assertThat(read.warnings()).singleElement().satisfies(w -> assertThat(w).contains("nobody answers"));
    }
}
