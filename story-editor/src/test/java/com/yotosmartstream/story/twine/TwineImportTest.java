package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.doc.StoryFormatException;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.lint.Rule;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TwineImportTest {

    static final String TWEE = """
            :: StoryTitle
            The Lighthouse


            :: StoryData
            {
              "ifid": "D674C58C-DEFA-4F70-B7A2-27742230C0FC",
              "format": "Harlowe",
              "start": "Shore"
            }

            :: Intro [note] {"position":"100,100","size":"100,100"}
            Not the start, though it comes first.
            [[Shore]]

            :: Shore [beach cold] {"position":"300,100"}
            Waves. Do you [[climb->Lighthouse]] or [[swim|Sea]] or [[wait->Shore]]?


            :: Lighthouse {"position":"500,50"}
            A lamp. The end.

            :: Sea {"position":"500,250"}
            You swim to the [[Island]].

            :: Odd\\[name\\] {"position":"bad"}
            Escaped header.

            :: StoryScript [script]
            window.alert(1);
            """;

    private static ImportResult importTwee(String twee) {
        return TwineImporter.toStory(TweeParser.parse(twee));
    }

    @Test
    void passagesBecomeNodesWithNarrationAndExitsInLinkOrder() {
        Story story = importTwee(TWEE).story();

        assertThat(story.title()).isEqualTo("The Lighthouse");
        assertThat(story.info().id()).isEqualTo("D674C58C-DEFA-4F70-B7A2-27742230C0FC");
        assertThat(story.nodes()).extracting(StoryNode::title)
                .containsExactly("Intro", "Shore", "Lighthouse", "Sea", "Odd[name]");
        StoryNode shore = story.node("n2").orElseThrow();
        assertThat(shore.narration()).isEqualTo("Waves. Do you climb or swim or wait?");
        assertThat(shore.exit(Exit.LEFT)).contains(Target.to("n3"));
        assertThat(shore.exit(Exit.RIGHT)).contains(Target.to("n4"));
        assertThat(shore.exit(Exit.END)).contains(Target.to("n2"));
        assertThat(shore.tags()).containsExactly("beach", "cold");
    }

    @Test
    void theStartPassageAndThePositionsAreKept() {
        Story story = importTwee(TWEE).story();

        assertThat(story.start().orElseThrow().title()).isEqualTo("Shore");
        assertThat(story.node("n3").orElseThrow().position()).isEqualTo(new Position(500, 50));
    }

    @Test
    void aPassageWithoutLinksIsAnEnding() {
        Story story = importTwee(TWEE).story();

        assertThat(story.node("n3").orElseThrow().isEnding()).isTrue();
        assertThat(story.node("n2").orElseThrow().isEnding()).isFalse();
    }

    @Test
    void whatCouldNotBeCarriedOverIsReportedByPassageName() {
        ImportResult result = importTwee(TWEE);

        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'Sea'").contains("'Island'")
                .contains("not a story passage"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'StoryScript'").contains("script"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("'Odd[name]'").contains("metadata"));
        assertThat(result.story().node("n4").orElseThrow().exit(Exit.LEFT)).contains(Target.to("Island"));
    }

    @Test
    void aPassageWithBadMetadataIsStillImportedAndPlacedBelowTheOthers() {
        StoryNode odd = importTwee(TWEE).story().node("n5").orElseThrow();

        assertThat(odd.narration()).isEqualTo("Escaped header.");
        assertThat(odd.position().y()).isGreaterThan(250);
    }

    @Test
    void aPassageWithMoreThanThreeLinksIsReportedAndNothingIsCut() {
        ImportResult result = importTwee("""
                :: Start
                Pick: [[A]] [[B]] [[C]] [[D]] [[E->F]] [[G]]
                :: A
                a
                :: B
                b
                :: C
                c
                :: D
                d
                :: F
                f
                :: G
                g
                """);

        assertThat(result.overflows()).singleElement().satisfies(o -> {
            assertThat(o.passage()).isEqualTo("Start");
            assertThat(o.extraTexts()).containsExactly("D", "E", "G");
            assertThat(o.message()).contains("Passage 'Start' has 6 links").contains("'D', 'E', 'G' are not connected")
                    .contains("Suggested fix");
        });
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("Passage 'Start' has 6 links"));
        StoryNode start = result.story().node("n1").orElseThrow();
        assertThat(start.exits().values()).containsExactly(Target.to("n2"), Target.to("n3"), Target.to("n4"));
    }

    @Test
    void theSuggestedFixConnectsEveryLinkThroughMoreChoicesNodes() {
        ImportResult result = importTwee("""
                :: Start
                [[A]] [[B]] [[C]] [[D]] [[E]] [[F]] [[G]]
                :: A
                :: B
                :: C
                :: D
                :: E
                :: F
                :: G
                """);
        Story story = result.story();

        Story fixed = TwineFixes.menuNodes(story, result.overflows()).apply(story);

        Set<String> reached = new HashSet<>();
        for (StoryNode node : fixed.nodes()) {
            node.targetIds().forEach(reached::add);
        }
        assertThat(reached).containsAll(List.of("n2", "n3", "n4", "n5", "n6", "n7", "n8"));
        StoryNode menu = fixed.node(fixed.node("n1").orElseThrow().exit(Exit.END)
                .map(t -> ((Target.Goto) t).nodeId()).orElseThrow()).orElseThrow();
        assertThat(menu.title()).isEqualTo("Start (more choices)");
        assertThat(menu.exit(Exit.LEFT)).contains(Target.to("n4"));
        assertThat(new Lint().check(fixed)).extracting(i -> i.rule()).doesNotContain(Rule.MISSING_TARGET);
    }

    @Test
    void withoutStoryDataTheStartIsThePassageNamedStartOrElseTheFirst() {
        assertThat(importTwee(":: Intro\nhi [[Start]]\n:: Start\nbegin").story().start().orElseThrow().title())
                .isEqualTo("Start");
        assertThat(importTwee(":: Intro\nhi\n:: Other\nx").story().start().orElseThrow().title()).isEqualTo("Intro");
    }

    @Test
    void aStoryWithoutPositionsIsLaidOutSoNoNodesOverlap() {
        Story story = importTwee(":: Start\n[[A]] [[B]]\n:: A\n[[C]]\n:: B\n[[C]]\n:: C\nend").story();

        Set<Position> places = new HashSet<>();
        story.nodes().forEach(n -> places.add(n.position()));
        assertThat(places).hasSize(4);
        assertThat(story.node("n4").orElseThrow().position().x()).isGreaterThan(story.node("n2").orElseThrow().position().x());
    }

    @Test
    void linksToWebPagesAreReportedNotFollowed() {
        ImportResult result = importTwee(":: Start\n[[Help->https://example.com/help]] [[Go]]\n:: Go\nok");

        assertThat(result.story().node("n1").orElseThrow().exits().values()).containsExactly(Target.to("n2"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("https://example.com/help"));
    }

    @Test
    void trailingBlankLinesAreDroppedFromPassages() {
        assertThat(TweeParser.parse(":: A\nline one\n\nline two\n\n\n\n:: B\nx").passages().get(0).text())
                .isEqualTo("line one\n\nline two");
    }

    static final String HTML = """
            <html><body>
            <tw-storydata name="Tom &amp; the &quot;Fox&quot;" startnode="2" ifid="AB12" format="Harlowe" zoom="1">
            <style role="stylesheet" id="twine-user-stylesheet" type="text/twine-css"></style>
            <script role="script" id="twine-user-script" type="text/twine-javascript"></script>
            <tw-passagedata pid="1" name="Den" tags="" position="400,300" size="100,100">The fox&#39;s den. [[Home]]</tw-passagedata>
            <tw-passagedata pid="2" name="Home" tags="start warm" position="100,300" size="100,100">Tom &lt;3 home. [[Go out-&gt;Den]] or [[Sleep]]</tw-passagedata>
            <tw-passagedata pid="3" name="Sleep" tags="" position="400,500" size="100,100">Zzz.</tw-passagedata>
            </tw-storydata>
            </body></html>
            """;

    @Test
    void publishedHtmlKeepsNamesTextStartAndPositions() throws Exception {
        List<TwineStory> stories = TwineFiles.parse(HTML, "tom.html");
        Story story = TwineImporter.toStory(stories.get(0)).story();

        assertThat(story.title()).isEqualTo("Tom & the \"Fox\"");
        assertThat(story.start().orElseThrow().title()).isEqualTo("Home");
        StoryNode home = story.node("n2").orElseThrow();
        assertThat(home.narration()).isEqualTo("Tom <3 home. Go out or Sleep");
        assertThat(home.exit(Exit.LEFT)).contains(Target.to("n1"));
        assertThat(home.exit(Exit.RIGHT)).contains(Target.to("n3"));
        assertThat(home.tags()).containsExactly("start", "warm");
        assertThat(home.position()).isEqualTo(new Position(100, 300));
        assertThat(story.node("n1").orElseThrow().narration()).isEqualTo("The fox's den. Home");
    }

    @Test
    void anArchiveHoldsSeveralStories() throws Exception {
        String archive = HTML.replace("<html><body>", "").replace("</body></html>", "")
                + "\n" + HTML.replace("Tom &amp; the &quot;Fox&quot;", "Second").replace("AB12", "CD34");

        List<TwineStory> stories = TwineFiles.parse(archive, "library.html");

        assertThat(stories).extracting(TwineStory::name).containsExactly("Tom & the \"Fox\"", "Second");
    }

    @Test
    void aFileThatIsNeitherTweeNorTwineSaysWhatToExport() {
        assertThatThrownBy(() -> TwineFiles.parse("just some notes", "notes.txt"))
                .isInstanceOf(StoryFormatException.class).hasMessageContaining("Export as Twee");
    }

    @Test
    void exportedTweeImportsBackAsTheSameStoryShape() {
        Story cave = StoryFixtures.dragonsCave();

        TweeExporter.Export export = TweeExporter.export(cave);
        Story back = importTwee(export.twee()).story();

        assertThat(back.title()).isEqualTo(cave.title());
        assertThat(back.info().id()).isEqualTo(cave.info().id());
        assertThat(back.start().orElseThrow().title()).isEqualTo("Start");
        for (StoryNode node : cave.nodes()) {
            StoryNode again = back.node(node.id()).orElseThrow();
            assertThat(again.title()).isEqualTo(node.title());
            assertThat(again.narration()).isEqualTo(node.narration());
            // an ending's "stop" at the end of its track is what a node without exits does anyway
            assertThat(again.exits()).isEqualTo(node.withExit(Exit.END, node.exit(Exit.END)
                    .filter(t -> t instanceof Target.Goto).orElse(null)).exits());
            assertThat(again.source()).isEmpty();
            assertThat(again.isEnding()).isEqualTo(node.isEnding());
            assertThat(again.position()).isEqualTo(node.position());
        }
        assertThat(export.notes()).anySatisfy(n -> assertThat(n).contains("audio"));
    }

    @Test
    void aRightButtonWithTheLeftEmptyKeepsItsPlaceThroughTwee() {
        Story cave = StoryFixtures.dragonsCave();
        StoryNode only = cave.node("n2").orElseThrow();
        Story story = cave.withNode(only.withExits(java.util.Map.of(Exit.RIGHT, Target.to("n3"))));

        TweeExporter.Export export = TweeExporter.export(story);
        StoryNode back = importTwee(export.twee()).story().node("n2").orElseThrow();

        assertThat(export.twee()).contains("[[]]\n[[" + story.node("n3").orElseThrow().title() + "]]");
        assertThat(back.exits()).containsExactly(java.util.Map.entry(Exit.RIGHT, Target.to("n3")));
        assertThat(export.notes()).noneSatisfy(n -> assertThat(n).contains("'Cave'"));
    }

    @Test
    void exportedPassageNamesAreUniqueAndSafeInLinks() {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withNode(cave.node("n2").orElseThrow().withTitle("Start"))
                .withNode(cave.node("n3").orElseThrow().withTitle("Left->Right [odd]"));

        String twee = TweeExporter.export(story).twee();
        Story back = importTwee(twee).story();

        assertThat(back.nodes()).extracting(StoryNode::title).containsExactly("Start", "Start (2)", "Left→Right (odd)",
                "Treasure");
        assertThat(back.node("n1").orElseThrow().targetIds()).containsExactly("n2", "n3");
    }
}
