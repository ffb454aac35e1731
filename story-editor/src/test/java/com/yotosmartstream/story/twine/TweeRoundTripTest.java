package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.TwineOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Twee round trips change nothing (issue 19): a story exported and imported again is the same
 * story, for generated stories whose narration is full of what story formats read as markup; and
 * a Twine story imported, exported and imported again is the same, its Twee the same.
 */
class TweeRoundTripTest {

    private static final String NARRATION_CHARS = "abcdefghij ABC  \n\n\t.,;:!?'\"()[]{}<>$_*/\\~^#=-|@%&`+0123456789";
    private static final String TITLE_CHARS = "abcdefghijklmnopqrstuvwxyz ABCDE.,'!?-0123456789";

    /** A story of up to 12 nodes as the editor can make it, with what Twee holds (no audio, icons, stops). */
    static Story generated(long seed) {
        Random random = new Random(seed);
        int size = 1 + random.nextInt(12);
        StoryFormat format = StoryFormat.values()[random.nextInt(StoryFormat.values().length)];
        List<StoryNode> nodes = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            String title;
            do {
                title = text(random, TITLE_CHARS, 1 + random.nextInt(14)).replaceAll("\\s+", " ").strip();
            } while (title.isEmpty() || titles.contains(title) || title.equals("StoryTitle"));
            titles.add(title);
        }
        for (int i = 1; i <= size; i++) {
            StoryNode node = StoryNode.create("n" + i, titles.get(i - 1),
                    new Position(random.nextInt(2000) - 500 + (random.nextBoolean() ? 0.5 : 0), random.nextInt(2000)))
                    .withNarration(random.nextInt(5) == 0 ? "" : text(random, NARRATION_CHARS, random.nextInt(60)))
                    .withTags(random.nextBoolean() ? List.of() : List.of("tag" + random.nextInt(3), "x-y"));
            for (Exit exit : Exit.values()) {
                if (random.nextInt(3) > 0) {
                    int target = 1 + random.nextInt(size);
                    node = node.withExit(exit, Target.to("n" + target));
                    if (random.nextBoolean()) {
                        String label = text(random, TITLE_CHARS + "()$*/'", 1 + random.nextInt(12)).strip();
                        node = node.withLabel(exit, label.equals(titles.get(target - 1)) ? null : label);
                    }
                }
            }
            nodes.add(node.withEnding(node.exits().isEmpty()));
        }
        StoryInfo info = new StoryInfo("ID-" + seed, "Story " + seed, "", "", "", "n" + (1 + random.nextInt(size)))
                .withTwine(Optional.of(new TwineOrigin(format.displayName(), "1.2.3", "")));
        return Story.of(info, nodes);
    }

    private static String text(Random random, String chars, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        return text.toString();
    }

    /** Equal stories, and where they are not, the first node that differs, every field shown. */
    static void assertSame(Story actual, Story expected, String twee) {
        assertThat(actual.info()).as(twee).isEqualTo(expected.info());
        for (StoryNode node : expected.nodes()) {
            assertThat(actual.node(node.id()).map(TweeRoundTripTest::describe)).as(twee).contains(describe(node));
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static String describe(StoryNode n) {
        return n.id() + " title=" + n.title() + " narration=[" + n.narration() + "] exits=" + n.exits() + " labels="
                + n.labels() + " tags=" + n.tags() + " at " + n.position() + " ending=" + n.isEnding() + " source=["
                + n.source() + "]";
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void exportThenImportGivesTheSameStory(long seed) {
        Story story = generated(seed);

        TweeExporter.Export export = TweeExporter.export(story);
        Story back = TwineImporter.toStory(TweeParser.parse(export.twee())).story();

        assertSame(back, story, export.twee());
        assertThat(export.notes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"harlowe", "sugarcube", "chapbook", "snowman", "oddities"})
    void importThenExportThenImportChangesNothing(String which) throws Exception {
        TwineStory twine = switch (which) {
            case "harlowe" -> TweeParser.parse(HarloweImportTest.LANTERN_FAIR);
            case "sugarcube" -> TwineFiles.parse(SugarCubeImportTest.TIDE_POOL, "tide.html").get(0);
            case "chapbook" -> TweeParser.parse(ChapbookSnowmanImportTest.ORCHARD);
            case "snowman" -> TweeParser.parse(ChapbookSnowmanImportTest.LIGHTHOUSE);
            default -> TweeParser.parse(TwineOdditiesTest.RIGHT_ONLY);
        };
        Story first = TwineImporter.toStory(twine).story();

        String twee = TweeExporter.export(first).twee();
        Story second = TwineImporter.toStory(TweeParser.parse(twee)).story();

        assertSame(second, first, twee);
        assertThat(TweeExporter.export(second).twee()).isEqualTo(twee);
        assertThat(TweeExporter.export(first).notes()).isEmpty();
    }
}
