package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.story.doc.StoryFormatException;
import com.yotosmartstream.story.doc.StoryJson;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.lint.Rule;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Yoto's empty button slot, and the files that used to import silently wrong. */
public class TwineOdditiesTest {

    /** Written for twine-to-yoto: the left button left empty with {@code [[]]}, the right one used. */
    public static final String RIGHT_ONLY = """
            :: Start
            Press the right button to open the door.
            [[]]
            [[Open->Door]]

            :: Door
            It creaks open.
            [[|]]
            [[]]
            [[Hall]]

            :: Hall
            The end.
            """;

    @Test
    void anEmptySlotKeepsTheNextLinkOnItsButton() {
        Story story = TwineImporter.toStory(TweeParser.parse(RIGHT_ONLY)).story();

        StoryNode start = story.node("n1").orElseThrow();
        assertThat(start.exits()).containsExactly(Map.entry(Exit.RIGHT, Target.to("n2")));
        assertThat(start.label(Exit.RIGHT)).contains("Open");
        assertThat(start.narration()).isEqualTo("Press the right button to open the door.");
        assertThat(story.node("n2").orElseThrow().exits()).containsExactly(Map.entry(Exit.END, Target.to("n3")));
    }

    @Test
    void emptySlotsAreNotExitsToNowhereSoTheStoryCompilesAndReopens() throws Exception {
        Story story = TwineImporter.toStory(TweeParser.parse(RIGHT_ONLY)).story();

        assertThat(new Lint().check(story)).extracting(i -> i.rule()).doesNotContain(Rule.MISSING_TARGET);
        StoryJson.Read reopened = StoryJson.read(StoryJson.write(story));
        assertThat(reopened.warnings()).isEmpty();
        assertThat(reopened.story()).isEqualTo(story);
    }

    @Test
    void publishedHtmlWhoseStartnodeNamesNoPassageSaysSo() throws Exception {
        String html = TwineImportTest.HTML.replace("startnode=\"2\"", "startnode=\"9\"");

        ImportResult result = TwineImporter.toStory(TwineFiles.parse(html, "tom.html").get(0));

        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("startnode (9) names no passage")
                .contains("'Den'"));
        assertThat(result.story().start().orElseThrow().title()).isEqualTo("Den");
    }

    @Test
    void publishedHtmlWithoutReadablePassagesIsRefusedWithAMessage() {
        String empty = "<tw-storydata name=\"Nothing\" startnode=\"1\" ifid=\"X\"></tw-storydata>";
        String damaged = "<tw-storydata name=\"Broken\" startnode=\"1\" ifid=\"X\">"
                + "<tw-passagedata pid=\"1\" name=\"A\">never closed</tw-storydata>";

        assertThatThrownBy(() -> TwineFiles.parse(empty, "empty.html")).isInstanceOf(StoryFormatException.class)
                .hasMessageContaining("empty.html").hasMessageContaining("no passage could be read");
        assertThatThrownBy(() -> TwineFiles.parse(damaged, "damaged.html")).isInstanceOf(StoryFormatException.class)
                .hasMessageContaining("1 of the 1 passages").hasMessageContaining("damaged or never closed");
    }

    @Test
    void anArchiveKeepsItsReadableStoriesAndNamesTheEmptyOnes() throws Exception {
        String archive = TwineImportTest.HTML + "<tw-storydata name=\"Blank\" ifid=\"Y\"></tw-storydata>";

        var stories = TwineFiles.parse(archive, "library.html");

        assertThat(stories).singleElement().satisfies(s -> assertThat(s.warnings())
                .anySatisfy(w -> assertThat(w).contains("'Blank'").contains("left out")));
    }

    @Test
    void tweeWithoutPassagesIsRefusedWithAMessage() {
        assertThatThrownBy(() -> TwineFiles.parse(":: StoryTitle\nOnly a title\n\n:: StoryData\n{\"ifid\":\"X\"}\n",
                "title.twee")).isInstanceOf(StoryFormatException.class).hasMessageContaining("no passages");
    }

    @Test
    void aStartThatIsASpecialPassageIsReported() {
        ImportResult result = TwineImporter.toStory(TweeParser.parse("""
                :: StoryData
                {"ifid": "X", "format": "SugarCube", "start": "StoryInit"}
                :: StoryInit
                <<set $a to 1>>
                :: Hall
                Hello.
                """));

        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'StoryInit' is not a story passage"));
        assertThat(result.story().start().orElseThrow().title()).isEqualTo("Hall");
    }

    @Test
    void linksBeyondThreeNotYetConnectedSurviveATweeRoundTrip() {
        ImportResult first = TwineImporter.toStory(TweeParser.parse(
                ":: Start\nPick one.\n[[A]]\n[[B]]\n[[C]]\n[[D]]\n:: A\na\n:: B\nb\n:: C\nc\n:: D\nd\n"));

        ImportResult again = TwineImporter.toStory(TweeParser.parse(TweeExporter.export(first.story()).twee()));

        assertThat(again.story()).isEqualTo(first.story());
        assertThat(again.overflows()).singleElement().satisfies(o -> assertThat(o.extraTexts()).containsExactly("D"));
    }
}
