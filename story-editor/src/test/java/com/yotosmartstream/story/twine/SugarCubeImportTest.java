package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import org.junit.jupiter.api.Test;

/**
 * A SugarCube 2 story written here from SugarCube's documentation (link and goto macros, the old
 * actions/choice macros, setter and image links, state, conditions, comments and its special
 * passages), published as Twine 2 HTML.
 */
public class SugarCubeImportTest {

    public static final String TIDE_POOL = """
            <tw-storydata name="The Tide Pool" startnode="1" ifid="7A3E2C10-55D1-4C11-8E0B-2B6F4A7D9C21"
             format="SugarCube" format-version="2.36.1" hidden>
            <style role="stylesheet" id="twine-user-stylesheet" type="text/twine-css">body { color: navy; }</style>
            <script role="script" id="twine-user-script" type="text/twine-javascript">Config.history.maxStates = 1;</script>
            <tw-passagedata pid="1" name="Beach" tags="" position="100,100">&lt;&lt;set $shells to 0&gt;&gt;/* counts shells */
            The tide is out. //Crabs// scuttle past.
            &lt;&lt;link &quot;Look in the pool&quot; &quot;Pool&quot;&gt;&gt;&lt;&lt;set $looked to true&gt;&gt;&lt;&lt;/link&gt;&gt;
            &lt;&lt;button [[Climb the rocks|Rocks]]&gt;&gt;&lt;&lt;/button&gt;&gt;</tw-passagedata>
            <tw-passagedata pid="2" name="Pool" tags="" position="300,100">A starfish clings to the stone.&lt;&lt;if $looked&gt;&gt; You saw it before.&lt;&lt;else&gt;&gt; It is new to you.&lt;&lt;/if&gt;&gt;
            &lt;&lt;link &quot;Pick it up&quot;&gt;&gt;&lt;&lt;set $shells += 1&gt;&gt;&lt;&lt;goto &quot;Star&quot;&gt;&gt;&lt;&lt;/link&gt;&gt;
            [[Leave it|Rocks][$shells to 0]]
            &lt;&lt;return&gt;&gt;</tw-passagedata>
            <tw-passagedata pid="3" name="Rocks" tags="" position="300,300">''Slippery!'' You have $shells shells.
            &lt;&lt;actions [[Jump|Sea]] &quot;Beach&quot;&gt;&gt;
            [img[A gull|gull.png][Gull]]</tw-passagedata>
            <tw-passagedata pid="4" name="Star" tags="" position="500,100">&lt;&lt;goto [[Sea]]&gt;&gt;</tw-passagedata>
            <tw-passagedata pid="5" name="Sea" tags="" position="500,300">The waves carry you home.</tw-passagedata>
            <tw-passagedata pid="6" name="Gull" tags="" position="700,300">&lt;&lt;choice &quot;Beach&quot; &quot;Fly back&quot;&gt;&gt;&lt;&lt;back&gt;&gt;</tw-passagedata>
            <tw-passagedata pid="7" name="StoryInit" tags="" position="100,500">&lt;&lt;set $shells to 0&gt;&gt;</tw-passagedata>
            <tw-passagedata pid="8" name="StoryCaption" tags="" position="300,500">Shells: $shells</tw-passagedata>
            <tw-passagedata pid="9" name="PassageFooter" tags="" position="500,500">Tide clock</tw-passagedata>
            <tw-passagedata pid="10" name="helpers" tags="widget" position="700,500">&lt;&lt;widget &quot;shell&quot;&gt;&gt;x&lt;&lt;/widget&gt;&gt;</tw-passagedata>
            </tw-storydata>
            """;

    private static ImportResult pool() throws Exception {
        return TwineImporter.toStory(TwineFiles.parse(TIDE_POOL, "tide.html").get(0));
    }

    private static StoryNode node(Story story, String title) {
        return story.nodes().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }

    private static Target to(Story story, String title) {
        return Target.to(node(story, title).id());
    }

    @Test
    void linkAndButtonMacrosBecomeExitsWithTheirWords() throws Exception {
        Story story = pool().story();

        StoryNode beach = node(story, "Beach");
        assertThat(beach.exit(Exit.LEFT)).contains(to(story, "Pool"));
        assertThat(beach.label(Exit.LEFT)).contains("Look in the pool");
        assertThat(beach.exit(Exit.RIGHT)).contains(to(story, "Rocks"));
        assertThat(beach.label(Exit.RIGHT)).contains("Climb the rocks");
    }

    @Test
    void aGotoInsideALinkAndSetterLinksLeadOnAndReturnIsReported() throws Exception {
        ImportResult result = pool();
        StoryNode pool = node(result.story(), "Pool");

        assertThat(pool.exit(Exit.LEFT)).contains(to(result.story(), "Star"));
        assertThat(pool.label(Exit.LEFT)).contains("Pick it up");
        assertThat(pool.exit(Exit.RIGHT)).contains(to(result.story(), "Rocks"));
        assertThat(pool.label(Exit.RIGHT)).contains("Leave it");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("Passage 'Pool':")
                .contains("'<<return>>' goes back"));
    }

    @Test
    void actionsImageLinksGotoAndChoiceLeadOn() throws Exception {
        Story story = pool().story();

        StoryNode rocks = node(story, "Rocks");
        assertThat(rocks.exits().values()).containsExactly(to(story, "Sea"), to(story, "Beach"), to(story, "Gull"));
        assertThat(rocks.label(Exit.LEFT)).contains("Jump");
        assertThat(rocks.label(Exit.END)).contains("A gull");
        assertThat(node(story, "Star").exits()).containsOnlyKeys(Exit.END);
        assertThat(node(story, "Star").exit(Exit.END)).contains(to(story, "Sea"));
        assertThat(node(story, "Gull").exit(Exit.LEFT)).contains(to(story, "Beach"));
        assertThat(node(story, "Gull").label(Exit.LEFT)).contains("Fly back");
    }

    @Test
    void theNarrationHasNoMacrosCommentsOrVariables() throws Exception {
        Story story = pool().story();

        assertThat(node(story, "Beach").narration()).isEqualTo("The tide is out. Crabs scuttle past.");
        assertThat(node(story, "Pool").narration())
                .isEqualTo("A starfish clings to the stone. You saw it before. It is new to you.");
        assertThat(node(story, "Rocks").narration()).isEqualTo("Slippery! You have shells.");
    }

    @Test
    void specialPassagesAndTheStoryCodeAreKeptAsideNotNodes() throws Exception {
        ImportResult result = pool();

        assertThat(result.story().nodes()).extracting(StoryNode::title)
                .containsExactly("Beach", "Pool", "Rocks", "Star", "Sea", "Gull");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'StoryInit'").contains("not a node"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'PassageFooter'").contains("SugarCube's"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'helpers'").contains("widget"));
        String aside = result.story().info().twine().orElseThrow().passages();
        assertThat(aside).contains(":: StoryInit {\"position\":\"100,500\"", ":: Story JavaScript [script]\n"
                + "Config.history.maxStates = 1;", ":: Story Stylesheet [stylesheet]\nbody { color: navy; }");
        assertThat(result.story().info().twine().orElseThrow().formatVersion()).isEqualTo("2.36.1");
    }

    @Test
    void theStoryFormatIsGuessedAndSaidWhenTheStoryNamesNone() {
        ImportResult result = TwineImporter.toStory(TweeParser.parse("""
                :: Start
                <<set $x to 1>>Hello.
                <<link "On" "Next">><</link>>
                :: Next
                Bye.
                """));

        assertThat(result.format()).isEqualTo(StoryFormat.SUGARCUBE);
        assertThat(result.notes().get(0)).contains("names no story format").contains("read as SugarCube");
        assertThat(result.story().node("n1").orElseThrow().exit(Exit.LEFT)).contains(Target.to("n2"));
    }
}
