package com.yotosmartstream.story.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Target;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardMapTest {

    private static Story withCard(Story story, PublishedCard card) {
        return story.withInfo(story.info().withCard(Optional.of(card)));
    }

    @Test
    void aStoryNeverPublishedHasNoMap() {
        assertThat(CardMap.of(StoryFixtures.dragonsCave())).isEmpty();
    }

    @Test
    void chaptersMapToNodesByTheKeysTheCardWasMadeWithEvenAfterNodesWereDeleted() {
        Story story = StoryFixtures.dragonsCave();
        Story published = withCard(story, CardCompiler.published("c1", story));
        Story edited = published.withoutNode("n2");

        CardMap map = CardMap.of(edited).orElseThrow();

        assertThat(CardCompiler.chapterKeys(edited)).containsEntry("n4", "03");
        assertThat(map.nodeFor("04")).contains("n4");
        assertThat(map.nodeFor("03")).contains("n3");
        assertThat(map.nodeFor("02")).contains("n2");
        assertThat(map.nodeFor("05")).isEmpty();
    }

    @Test
    void aCardWithoutKeysUsesTheKeysTheStoryWouldGetNow() {
        Story story = withCard(StoryFixtures.dragonsCave(), PublishedCard.withoutKeys("c1"));

        CardMap map = CardMap.of(story).orElseThrow();

        assertThat(map.cardId()).isEqualTo("c1");
        assertThat(map.nodeFor("01")).contains("n1");
        assertThat(map.nodeFor("04")).contains("n4");
    }

    @Test
    void theChoiceIsTheExitThatLeadsThereAndTheEndOfTrackOnlyWhenTheTrackIsOver() {
        Story story = StoryFixtures.dragonsCave();
        story = story.withNode(story.node("n1").orElseThrow().withExit(Exit.END, Target.to("n2")));
        CardMap map = CardMap.of(withCard(story, CardCompiler.published("c1", story))).orElseThrow();

        assertThat(map.choice("n1", "n3", false)).isEqualTo(Choice.RIGHT);
        assertThat(map.choice("n1", "n2", false)).isEqualTo(Choice.LEFT);
        assertThat(map.choice("n1", "n2", true)).isEqualTo(Choice.END);
        assertThat(map.choice("n2", "n4", false)).isEqualTo(Choice.END);
        assertThat(map.choice("n2", "n1", false)).isEqualTo(Choice.UNKNOWN);
        assertThat(map.choice("nX", "n1", false)).isEqualTo(Choice.UNKNOWN);
    }

    @Test
    void twoButtonsToTheSameNodeLeaveTheChoiceUnknown() {
        Story story = StoryFixtures.dragonsCave();
        story = story.withNode(story.node("n1").orElseThrow().withExit(Exit.RIGHT, Target.to("n2")));
        CardMap map = CardMap.of(withCard(story, CardCompiler.published("c1", story))).orElseThrow();

        assertThat(map.choice("n1", "n2", false)).isEqualTo(Choice.UNKNOWN);
    }

    @Test
    void theMapSurvivesItsJsonAndDamagedJsonIsNoMap() {
        Story story = StoryFixtures.dragonsCave();
        story = story.withNode(story.node("n2").orElseThrow().withExit(Exit.RIGHT, Target.STOP));
        CardMap map = CardMap.of(withCard(story, CardCompiler.published("c1", story))).orElseThrow();

        assertThat(CardMap.fromJson(map.toJson())).contains(map);
        assertThat(CardMap.fromJson("{\"card\":\"c1\"}")).isEmpty();
        assertThat(CardMap.fromJson("not json")).isEmpty();
        assertThat(CardMap.fromJson("[1,2]")).isEmpty();
        assertThat(new CardMap("c", "s", Map.of("a", new CardMap.Node("01", Map.of(Exit.LEFT, "")))).stopChoice("a", false))
                .isEqualTo(Choice.LEFT);
    }
}
