package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import org.junit.jupiter.api.Test;

/**
 * Header and footer passages merged into every node on request (issue 19, ADR 0084). The stories
 * are written here from the formats' documentation: Harlowe 3's manual ("header tag": passages
 * tagged {@code header}/{@code footer} are included at the top/bottom of every passage, several
 * in the order of their names) and SugarCube 2's special passages {@code PassageHeader} and
 * {@code PassageFooter}.
 */
public class HeaderFooterImportTest {

    public static final String LANTERN_ROAD = """
            :: StoryData
            {"ifid": "5C0A3B52-1D2E-4F60-9A7B-8C9D0E1F2A3B", "format": "Harlowe", "format-version": "3.3.9", "start": "Gate"}

            :: Title bar [header]
            ''The Lantern Road''

            :: Afterword [footer]
            (link-goto: "Check the map", "Map")

            :: Another header [header]
            You carry a lantern.<!-- lit at dusk -->

            :: Practice header [debug-header]
            Debug mode only.

            :: Gate
            A gate stands before you.
            [[Open it->Yard]]

            :: Yard
            The yard is quiet.
            [[Back->Gate]]
            [[The well->Well]]
            (link-goto: "Wait", "Well")

            :: Well
            You reach the well. The road ends here.

            :: Map
            The map shows the road.
            [[Back to the gate->Gate]]
            """;

    public static final String HALL = """
            :: StoryData
            {"ifid": "0E6B9F04-7A21-4C3D-B5E8-2F1A9C7D6E50", "format": "SugarCube", "format-version": "2.37.3", "start": "Hall"}

            :: PassageHeader
            <!-- shown above every passage -->Chapter One

            :: PassageFooter
            <<link "Start over" "Hall">><</link>>
            [[Inventory]]

            :: Hall
            You stand in the hall.
            [[Kitchen]]
            [[]]

            :: Kitchen
            Pots hang from the ceiling.
            <<link "Back to the hall" "Hall">><</link>>

            :: Inventory
            You carry nothing.
            """;

    private static StoryNode node(Story story, String title) {
        return story.nodes().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }

    private static Target to(Story story, String title) {
        return Target.to(node(story, title).id());
    }

    private static ImportResult harlowe(boolean merge) {
        return TwineImporter.toStory(TweeParser.parse(LANTERN_ROAD), new ImportOptions(merge));
    }

    private static ImportResult sugarCube(boolean merge) {
        return TwineImporter.toStory(TweeParser.parse(HALL), new ImportOptions(merge));
    }

    @Test
    void withoutTheOptionHeadersAreSetAsideAndTheReportSaysTheOptionExists() {
        ImportResult result = harlowe(false);

        assertThat(result.story().size()).isEqualTo(4);
        assertThat(node(result.story(), "Gate").narration()).isEqualTo("A gate stands before you.");
        assertThat(node(result.story(), "Gate").exits()).containsOnlyKeys(Exit.LEFT);
        assertThat(result.headerAndFooter()).containsExactly("Another header", "Title bar", "Afterword");
        assertThat(result.canMergeHeaderAndFooter()).isTrue();
        assertThat(result.notes()).anyMatch(n -> n.contains("'Another header', 'Title bar', 'Afterword' with every passage")
                && n.contains("choose '" + ImportOptions.MERGE_LABEL + "' (the story is imported again)"));
    }

    @Test
    void harloweHeadersGoBeforeEachNodeInTheOrderOfTheirNamesAndFootersAfter() {
        Story story = harlowe(true).story();

        assertThat(node(story, "Gate").narration())
                .isEqualTo("You carry a lantern.\n\nThe Lantern Road\n\nA gate stands before you.");
        assertThat(node(story, "Map").narration())
                .isEqualTo("You carry a lantern.\n\nThe Lantern Road\n\nThe map shows the road.");
        assertThat(story.nodes()).noneMatch(n -> n.narration().contains("Debug mode only"));
    }

    @Test
    void harloweFooterLinkTakesTheFirstFreeExitButNeverOnAFullNodeAnEndingOrItsOwnPassage() {
        ImportResult result = harlowe(true);
        Story story = result.story();

        StoryNode gate = node(story, "Gate");
        assertThat(gate.exit(Exit.LEFT)).contains(to(story, "Yard"));
        assertThat(gate.exit(Exit.RIGHT)).contains(to(story, "Map"));
        assertThat(gate.label(Exit.RIGHT)).contains("Check the map");
        assertThat(gate.exit(Exit.END)).isEmpty();
        StoryNode yard = node(story, "Yard");
        assertThat(yard.exits().values()).doesNotContain(to(story, "Map"));
        StoryNode well = node(story, "Well");
        assertThat(well.isEnding()).isTrue();
        assertThat(well.exits()).isEmpty();
        StoryNode map = node(story, "Map");
        assertThat(map.exits()).containsOnlyKeys(Exit.LEFT);
        assertThat(result.notes()).contains("Its link 'Check the map' (in 'Afterword') to 'Map' became the right button "
                + "of 1 node; 1 node had no free exit for it (their own links come first); 1 node is an ending and "
                + "stays one; 1 node would lead to itself, so it was left out there.");
        assertThat(result.notes()).anyMatch(n -> n.startsWith("Merged the header 'Another header' into every node: "
                + "'You carry a lantern.' goes before each node's narration"));
        assertThat(result.notes()).anyMatch(n -> n.startsWith("Merged the footer 'Afterword' into every node: it has no "
                + "narration"));
        assertThat(result.canMergeHeaderAndFooter()).isFalse();
    }

    @Test
    void sugarCubeHeaderAndFooterMergeAndAnEmptySlotStaysEmpty() {
        ImportResult result = sugarCube(true);
        Story story = result.story();

        StoryNode hall = node(story, "Hall");
        assertThat(hall.narration()).isEqualTo("Chapter One\n\nYou stand in the hall.");
        assertThat(hall.exit(Exit.LEFT)).contains(to(story, "Kitchen"));
        assertThat(hall.exit(Exit.RIGHT)).as("[[]] keeps the right button empty").isEmpty();
        assertThat(hall.exit(Exit.END)).as("'Start over' leads to the Hall itself; Inventory is next")
                .contains(to(story, "Inventory"));
        StoryNode kitchen = node(story, "Kitchen");
        assertThat(kitchen.narration()).isEqualTo("Chapter One\n\nPots hang from the ceiling.");
        assertThat(kitchen.exit(Exit.LEFT)).contains(to(story, "Hall"));
        assertThat(kitchen.label(Exit.LEFT)).contains("Back to the hall");
        assertThat(kitchen.exit(Exit.RIGHT)).contains(to(story, "Hall"));
        assertThat(kitchen.label(Exit.RIGHT)).contains("Start over");
        assertThat(kitchen.exit(Exit.END)).contains(to(story, "Inventory"));
        assertThat(node(story, "Inventory").isEnding()).isTrue();
        assertThat(result.notes()).contains("Its link 'Inventory' (in 'PassageFooter') to 'Inventory' became the end of "
                + "track of 2 nodes; 1 node is an ending and stays one.");
    }

    @Test
    void mergedPassagesAreNotKeptForTheExportSoTwineWouldNotShowThemTwice() {
        Story merged = sugarCube(true).story();
        Story plain = sugarCube(false).story();

        assertThat(merged.info().twine().orElseThrow().passages()).doesNotContain("PassageHeader", "PassageFooter");
        assertThat(plain.info().twine().orElseThrow().passages()).contains(":: PassageHeader", ":: PassageFooter");
        assertThat(node(merged, "Hall").source()).as("the passage as written stays viewable")
                .isEqualTo("You stand in the hall.\n[[Kitchen]]\n[[]]");
    }

    @Test
    void aMergedStoryExportsToTweeAndImportsBackTheSame() {
        Story merged = sugarCube(true).story();

        TweeExporter.Export export = TweeExporter.export(merged);
        Story back = TwineImporter.toStory(TweeParser.parse(export.twee())).story();

        assertThat(back.size()).isEqualTo(merged.size());
        for (StoryNode node : merged.nodes()) {
            StoryNode again = node(back, node.title());
            assertThat(again.narration()).isEqualTo(node.narration());
            assertThat(again.exits()).isEqualTo(node.exits());
            assertThat(again.labels()).isEqualTo(node.labels());
            assertThat(again.isEnding()).isEqualTo(node.isEnding());
        }
    }

    @Test
    void formatsWithoutHeaderPassagesOfferNothingToMerge() {
        String chapbook = """
                :: StoryData
                {"ifid": "1D2C3B4A-5E6F-4A7B-8C9D-0E1F2A3B4C5D", "format": "Chapbook", "start": "PassageHeader"}

                :: PassageHeader
                A passage that only SugarCube would set aside.
                {link to: 'Next', label: 'On'}

                :: Next
                The end.
                """;

        ImportResult result = TwineImporter.toStory(TweeParser.parse(chapbook), new ImportOptions(true));

        assertThat(result.headerAndFooter()).isEmpty();
        assertThat(result.story().size()).isEqualTo(2);
        assertThat(node(result.story(), "Next").narration()).isEqualTo("The end.");
    }
}
