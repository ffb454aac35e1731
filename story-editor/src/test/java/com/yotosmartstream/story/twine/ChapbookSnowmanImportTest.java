package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import org.junit.jupiter.api.Test;

/** Chapbook and Snowman stories written here from each format's guide. */
public class ChapbookSnowmanImportTest {

    public static final String ORCHARD = """
            :: StoryTitle
            The Orchard

            :: StoryData
            {"ifid": "C1D2E3F4-0000-4000-8000-00000000A001", "format": "Chapbook", "format-version": "2.0.0", "start": "Gate"}

            :: Gate
            apples: 0
            basket (apples > 2): 'full'
            --
            # The gate
            The orchard is **quiet** and _green_.

            {link to: 'Tree', label: 'Climb a tree'}
            {link to: 'Pond'}

            :: Tree
            [note]
            Remember to add a bird here.
            [continue]
            You pick {apples} apples.
            [if apples > 2]
            The basket is full.
            [else]
            There is room for more.
            [continue]
            {back link}
            {restart link, label: 'Start over'}

            :: Pond
            Ducks. {reveal link: 'Feed them', text: 'They quack.'}
            """;

    public static final String LIGHTHOUSE = """
            :: StoryData
            {"ifid": "C1D2E3F4-0000-4000-8000-00000000B002", "format": "Snowman", "format-version": "2.0.2"}

            :: Start
            <% s.visits = (s.visits || 0) + 1; %>The lamp is <%= s.lamp %> lit.
            [[Up the stairs->Top]]
            <a href="javascript:void(0)" data-passage="Cellar">Down to the cellar</a>

            :: Top
            *Wind* howls. <% if (s.visits > 1) { story.show('Start'); } %>

            :: Cellar
            Dust.
            """;

    private static StoryNode node(Story story, String title) {
        return story.nodes().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void chapbookLinkInsertsBecomeExitsAndRestartGoesToTheStart() {
        ImportResult result = TwineImporter.toStory(TweeParser.parse(ORCHARD));
        Story story = result.story();

        StoryNode gate = node(story, "Gate");
        assertThat(gate.exit(Exit.LEFT)).contains(Target.to(node(story, "Tree").id()));
        assertThat(gate.label(Exit.LEFT)).contains("Climb a tree");
        assertThat(gate.exit(Exit.RIGHT)).contains(Target.to(node(story, "Pond").id()));
        StoryNode tree = node(story, "Tree");
        assertThat(tree.exit(Exit.LEFT)).contains(Target.to(gate.id()));
        assertThat(tree.label(Exit.LEFT)).contains("Start over");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("Passage 'Tree':").contains("'{back link}'")
                .contains("'{apples}' prints a variable"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("Passage 'Pond':")
                .contains("'{reveal link: 'Feed them', text: 'They quack.'}'"));
    }

    @Test
    void chapbookVarsNotesAndModifiersLeaveTheNarration() {
        Story story = TwineImporter.toStory(TweeParser.parse(ORCHARD)).story();

        assertThat(node(story, "Gate").narration()).isEqualTo("The gate\nThe orchard is quiet and green.");
        assertThat(node(story, "Tree").narration())
                .isEqualTo("You pick apples.\n\nThe basket is full.\n\nThere is room for more.");
    }

    @Test
    void snowmanScriptsLeaveTheNarrationAndStoryShowLeadsOn() {
        ImportResult result = TwineImporter.toStory(TweeParser.parse(LIGHTHOUSE));
        Story story = result.story();

        StoryNode start = node(story, "Start");
        assertThat(start.narration()).isEqualTo("The lamp is lit.");
        assertThat(start.exit(Exit.LEFT)).contains(Target.to(node(story, "Top").id()));
        assertThat(start.label(Exit.LEFT)).contains("Up the stairs");
        assertThat(start.exit(Exit.RIGHT)).contains(Target.to(node(story, "Cellar").id()));
        assertThat(start.label(Exit.RIGHT)).contains("Down to the cellar");
        StoryNode top = node(story, "Top");
        assertThat(top.narration()).isEqualTo("Wind howls.");
        assertThat(top.exit(Exit.END)).contains(Target.to(start.id()));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'<%= s.lamp %>'"));
    }
}
