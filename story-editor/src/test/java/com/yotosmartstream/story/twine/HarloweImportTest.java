package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import org.junit.jupiter.api.Test;

/**
 * A Harlowe 3 story written here from Harlowe's manual (its macros for links, state and
 * conditions, hooks, markup, and the startup/header/footer tags), imported as an author would.
 */
public class HarloweImportTest {

    public static final String LANTERN_FAIR = """
            :: StoryTitle
            The Lantern Fair

            :: StoryData
            {"ifid": "0B1F3C52-6E0A-4A37-9D55-1C2E7F0A9B11", "format": "Harlowe", "format-version": "3.3.8", "start": "Gate"}

            :: Setup [startup]
            (set: $coins to 3)(set: $lantern to false)

            :: Banner [header]
            ''Coins:'' $coins

            :: Gate {"position":"100,100"}
            <!-- the first passage -->
            The fair glows at dusk. You have $coins coins &amp; a ''warm'' //scarf//.
            (link-goto: "Buy a lantern", "Stall")
            (link-goto: "Fountain")

            :: Stall {"position":"300,100"}
            (set: $lantern to true)(set: $coins to it - 1)
            The stall keeper smiles.
            (if: $coins > 2)[You could buy another.](else:)[Your purse feels light.]
            (link: "Thank her")[(go-to: "Fountain")]

            :: Fountain {"position":"500,100"}
            Water sings in the square.
            (click-goto: "the bridge", "Bridge")
            (link-reveal-goto: "Toss a coin", "Wish")[The coin spins.]
            (link-undo: "Go back")

            :: Bridge {"position":"700,100"}
            |dark>[Lanterns drift below the bridge.]
            `(not a macro)` stays as written.
            (go-to: "Home")

            :: Wish {"position":"700,300"}
            # A wish
            (print: $coins) coins left. (history:)
            (redirect: "Home")

            :: Home {"position":"900,100"}
            You walk home, *happy*.
            """;

    private static ImportResult fair() {
        return TwineImporter.toStory(TweeParser.parse(LANTERN_FAIR));
    }

    private static StoryNode node(Story story, String title) {
        return story.nodes().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }

    private static String id(Story story, String title) {
        return node(story, title).id();
    }

    @Test
    void linkMacrosBecomeExitsWithTheirWords() {
        Story story = fair().story();

        StoryNode gate = node(story, "Gate");
        assertThat(gate.exit(Exit.LEFT)).contains(Target.to(id(story, "Stall")));
        assertThat(gate.label(Exit.LEFT)).contains("Buy a lantern");
        assertThat(gate.exit(Exit.RIGHT)).contains(Target.to(id(story, "Fountain")));
        assertThat(gate.label(Exit.RIGHT)).isEmpty();
        assertThat(gate.isEnding()).isFalse();
    }

    @Test
    void aGoToInALinksHookIsThatLinksExit() {
        StoryNode stall = node(fair().story(), "Stall");

        assertThat(stall.exits()).hasSize(1);
        assertThat(stall.exit(Exit.LEFT)).contains(Target.to(id(fair().story(), "Fountain")));
        assertThat(stall.label(Exit.LEFT)).contains("Thank her");
    }

    @Test
    void clickAndRevealGoToBecomeExitsAndUndoIsReportedWithItsText() {
        ImportResult result = fair();
        StoryNode fountain = node(result.story(), "Fountain");

        assertThat(fountain.exit(Exit.LEFT)).contains(Target.to(id(result.story(), "Bridge")));
        assertThat(fountain.label(Exit.LEFT)).contains("the bridge");
        assertThat(fountain.exit(Exit.RIGHT)).contains(Target.to(id(result.story(), "Wish")));
        assertThat(fountain.label(Exit.RIGHT)).contains("Toss a coin");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("Passage 'Fountain':")
                .contains("'(link-undo: \"Go back\")'").contains("path the reader took"));
    }

    @Test
    void goToAndRedirectMoveOnAtTheEndOfTheTrack() {
        Story story = fair().story();

        StoryNode bridge = node(story, "Bridge");
        assertThat(bridge.exits()).containsOnlyKeys(Exit.END);
        assertThat(bridge.exit(Exit.END)).contains(Target.to(id(story, "Home")));
        assertThat(node(story, "Wish").exit(Exit.END)).contains(Target.to(id(story, "Home")));
        assertThat(node(story, "Home").isEnding()).isTrue();
    }

    @Test
    void theNarrationIsPlainProseWithoutCode() {
        Story story = fair().story();

        assertThat(node(story, "Gate").narration()).isEqualTo("The fair glows at dusk. You have coins & a warm scarf.");
        assertThat(node(story, "Stall").narration())
                .isEqualTo("The stall keeper smiles.\nYou could buy another.Your purse feels light.");
        assertThat(node(story, "Bridge").narration())
                .isEqualTo("Lanterns drift below the bridge.\n(not a macro) stays as written.");
        assertThat(node(story, "Wish").narration()).isEqualTo("A wish\ncoins left.");
        assertThat(node(story, "Home").narration()).isEqualTo("You walk home, happy.");
    }

    @Test
    void theSourceIsKeptBesideTheNarration() {
        assertThat(node(fair().story(), "Stall").source()).startsWith("(set: $lantern to true)");
    }

    @Test
    void startupHeaderAndFooterPassagesAreNotNodesAndAreReported() {
        ImportResult result = fair();

        assertThat(result.story().nodes()).extracting(StoryNode::title)
                .containsExactly("Gate", "Stall", "Fountain", "Bridge", "Wish", "Home");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'Setup'").contains("startup"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'Banner'").contains("header"));
        assertThat(result.story().info().twine().orElseThrow().passages()).contains(":: Setup [startup]");
        assertThat(result.story().start().orElseThrow().title()).isEqualTo("Gate");
    }

    @Test
    void theReportSaysWhichMacrosItMetAndWhatBecameOfEach() {
        ImportResult result = fair();

        assertThat(result.format()).isEqualTo(StoryFormat.HARLOWE);
        assertThat(result.notes()).contains("Met (link-goto:) 2 times: became an exit.",
                "Met (set:) 2 times: became what the node sets.",
                "Met (go-to:) once: became the end-of-track exit (it moves on by itself).",
                "Met (go-to:) once: became the exit of the link around it.");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("Passage 'Wish':")
                .contains("'(print: $coins)'").contains("'(history:)'"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("Passage 'Stall':")
                .contains("'(if: $coins > 2)' its text is spoken whatever the story's variables"));
    }
}
