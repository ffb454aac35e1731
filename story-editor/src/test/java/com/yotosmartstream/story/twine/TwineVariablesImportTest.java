package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.state.StateCompiler;
import com.yotosmartstream.story.state.StoryLogic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twine variables and conditions as sets and "only if"s (ADR 0082), in stories written here from
 * Harlowe's manual ({@code (set:)}, {@code (put:)}, {@code (if:)}/{@code (else-if:)}/{@code (else:)},
 * {@code (unless:)}, {@code is}/{@code is not}/{@code it}, startup passages) and SugarCube's
 * ({@code <<set>>} with {@code to} and {@code =}, {@code +=}, {@code <<if>>}/{@code <<elseif>>}/
 * {@code <<else>>}, {@code eq}/{@code gte}/{@code !}, {@code StoryInit}) and Chapbook's guide (the
 * vars section).
 */
public class TwineVariablesImportTest {

    public static final String HARLOWE_KEYS = """
            :: StoryData
            {"ifid": "6A0B7C1D-2E3F-4A5B-8C9D-0E1F2A3B4C5D", "format": "Harlowe", "format-version": "3.3.9", "start": "Hall"}

            :: Init [startup]
            (set: $key to false)(set: $gems to 0)

            :: Hall
            A cold hall.
            (if: $key is not true)[[[Search the desk->Desk]]]
            (if: $key)[[[Open the door->Door]]](else:)[[[Wait->Hall]]]

            :: Desk
            (set: $key to true, $gems to it + 1)
            A brass key! [[Back->Hall]]

            :: Door
            (put: 2 into $gems)
            (unless: $gems < 2)[[[Treasure]]]
            (if: $gems is "many")[[[Nowhere]]]
            (set: $name to "Ada")

            :: Treasure
            Gold.

            :: Nowhere
            Never.
            """;

    public static final String SUGARCUBE_LAMP = """
            :: StoryData
            {"ifid": "7B1C8D2E-3F40-4B5C-9DAE-1F2A3B4C5D6E", "format": "SugarCube", "format-version": "2.37.3", "start": "Shore"}

            :: StoryInit
            <<set $lamp to false>>
            <<set $tries = 0>>
            <<set $hero to "Sam">>

            :: Shore
            The tide is out.
            <<if $lamp>>[[Enter the cave->Cave]]<<elseif $tries gte 2>>[[Give up->Home]]<<else>>[[Look around->Rocks]]<</if>>
            [[Home]]

            :: Rocks
            <<set $tries += 1>>
            <<if !$lamp && $tries eq 2>><<set $lamp to true>><</if>>
            Rocks and weed. [[Shore]]

            :: Cave
            <<link "Light it" "Home">><<set $lamp to false>><</link>>
            Dark inside.

            :: Home
            Supper.
            """;

    public static final String CHAPBOOK_VARS = """
            :: StoryData
            {"ifid": "8C2D9E3F-4051-4C6D-AEBF-2A3B4C5D6E7F", "format": "Chapbook", "format-version": "2.0.0", "start": "Gate"}

            :: Gate
            opened: true
            visits: visits + 1
            name: 'Ada'
            hungry (visits > 2): true
            --
            The gate creaks. [[Garden]]

            :: Garden
            Roses.
            """;

    private static StoryNode node(Story story, String title) {
        return story.nodes().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void harloweSetsAndIfsBecomeSetsAndOnlyIfs() throws Exception {
        ImportResult result = TwineImporter.toStory(TweeParser.parse(HARLOWE_KEYS));
        Story story = result.story();

        assertThat(story.info().variables()).containsExactly("key = false", "gems = 0");
        StoryNode hall = node(story, "Hall");
        assertThat(hall.onlyIf()).containsEntry(Exit.LEFT, "key != true").containsEntry(Exit.RIGHT, "key")
                .containsEntry(Exit.END, "not (key)");
        assertThat(node(story, "Desk").sets()).containsExactly("key = true", "gems = gems + 1");
        StoryNode door = node(story, "Door");
        assertThat(door.sets()).containsExactly("gems = 2");
        assertThat(door.onlyIf()).containsEntry(Exit.LEFT, "not (gems < 2)");
        assertThat(door.exit(Exit.RIGHT)).as("a condition that does not translate keeps the link").isPresent();
        assertThat(door.onlyIf()).doesNotContainKey(Exit.RIGHT);
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("Passage 'Door'")
                .contains("'(if: $gems is \"many\")' a condition the card cannot check")
                .contains("'(set: $name to \"Ada\")' sets a value the card cannot hold"));
        assertThat(hall.narration()).doesNotContain("(if:").doesNotContain("$key");
        StoryLogic.read(story);
    }

    @Test
    void sugarCubeSetsAndIfBranchesBecomeSetsAndOnlyIfs() throws Exception {
        ImportResult result = TwineImporter.toStory(TweeParser.parse(SUGARCUBE_LAMP));
        Story story = result.story();

        assertThat(story.info().variables()).containsExactly("lamp = false", "tries = 0");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("Passage 'StoryInit'")
                .contains("<<set $hero to \"Sam\">>"));
        StoryNode shore = node(story, "Shore");
        assertThat(shore.onlyIf()).containsEntry(Exit.LEFT, "lamp")
                .containsEntry(Exit.RIGHT, "not (lamp) and (tries >= 2)")
                .containsEntry(Exit.END, "not (lamp) and not (tries >= 2)");
        assertThat(shore.exit(Exit.END)).isPresent();
        assertThat(node(story, "Rocks").sets()).containsExactly("tries = tries + (1)");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("Passage 'Rocks'")
                .contains("sets a variable only under a condition"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("Passage 'Cave'")
                .contains("sets a variable when a link is chosen"));
        StoryLogic.read(story);
    }

    @Test
    void chapbookVarsBecomeSetsAndWhatCannotBeHeldIsListed() {
        ImportResult result = TwineImporter.toStory(TweeParser.parse(CHAPBOOK_VARS));

        assertThat(node(result.story(), "Gate").sets()).containsExactly("opened = true", "visits = visits + 1");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'name: 'Ada''")
                .contains("'hungry (visits > 2): true'"));
    }

    @Test
    void aStoryWithVariablesExportedToHarloweOrSugarCubeImportsWithTheSameSetsConditionsAndVariables() throws Exception {
        Story camp = com.yotosmartstream.story.state.StateStories.camp();
        for (Story story : List.of(camp, camp.withInfo(camp.info().withTwine(java.util.Optional.of(
                new com.yotosmartstream.story.model.TwineOrigin("SugarCube", "2.37.3", "")))))) {
            TweeExporter.Export export = TweeExporter.export(story);
            Story back = TwineImporter.toStory(TweeParser.parse(export.twee())).story();

            assertThat(back.info().variables()).isEqualTo(story.info().variables());
            for (StoryNode node : story.nodes()) {
                StoryNode read = node(back, node.title());
                assertThat(read.sets()).as(node.title()).isEqualTo(node.sets());
                assertThat(read.onlyIf()).as(node.title()).isEqualTo(node.onlyIf());
            }
            assertThat(StateCompiler.expand(back).story().size()).isEqualTo(15);
            assertThat(TweeExporter.export(back).twee()).as("a second round trip changes nothing")
                    .isEqualTo(TweeExporter.export(TwineImporter.toStory(TweeParser.parse(TweeExporter.export(back).twee()))
                            .story()).twee());
        }
        assertThat(TweeExporter.export(camp).twee()).contains(":: Variables [startup]\n(set: $apple to false)")
                .contains("(if: $key and not $torch)[[[Hut]]]").contains("(set: $apple to true)\n");
    }

    @Test
    void aConditionChangedInTheEditorIsNotLostToTheOldSource() throws Exception {
        Story story = TwineImporter.toStory(TweeParser.parse(HARLOWE_KEYS)).story();
        StoryNode hall = node(story, "Hall");
        Story changed = story.withNode(hall.withOnlyIf(Exit.RIGHT, "key and gems > 0"));

        Story back = TwineImporter.toStory(TweeParser.parse(TweeExporter.export(changed).twee())).story();

        assertThat(node(back, "Hall").onlyIf()).containsEntry(Exit.RIGHT, "key and gems > 0");
    }

    @Test
    void anImportedStoryWithVariablesCompilesIntoClones() throws Exception {
        Story story = TwineImporter.toStory(TweeParser.parse(HARLOWE_KEYS)).story();

        StateCompiler.Expansion expansion = StateCompiler.expand(story);

        // Hall before the key (search, wait) and after it (open); Desk, Door, Treasure, Nowhere once
        assertThat(expansion.clonesPerNode()).containsEntry(node(story, "Hall").id(), 2);
        assertThat(expansion.story().size()).isEqualTo(story.size() + 1);
        assertThat(List.copyOf(expansion.clones().values())).anySatisfy(c -> assertThat(c.state()).contains("key=true"));
    }
}
