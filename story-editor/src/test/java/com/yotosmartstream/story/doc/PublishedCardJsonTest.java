package com.yotosmartstream.story.doc;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The card a story was published as, in its file. */
class PublishedCardJsonTest {

    private static Story published(String cardId) {
        Story story = StoryFixtures.dragonsCave();
        return story.withInfo(story.info().withCard(Optional.of(CardCompiler.published(cardId, story))));
    }

    @Test
    void theCardAndItsChapterKeysAreWrittenAfterTheStartInNodeOrderAndReadBack() throws Exception {
        Story story = published("5kXyZ");

        String json = StoryJson.write(story);

        assertThat(json).contains("  \"start\": \"n1\",\n  \"card\": {\n    \"id\": \"5kXyZ\",\n    \"chapters\": {\n"
                + "      \"n1\": \"01\",\n      \"n2\": \"02\",\n      \"n3\": \"03\",\n      \"n4\": \"04\"\n    }\n  },\n"
                + "  \"nodes\": [");
        StoryJson.Read read = StoryJson.read(json);
        assertThat(read.story()).isEqualTo(story);
        assertThat(read.story().info().cardId()).contains("5kXyZ");
        assertThat(read.warnings()).isEmpty();
        assertThat(StoryJson.write(read.story())).isEqualTo(json);
    }

    @Test
    void aStoryNeverPublishedWritesNoCardAndAnOldFileOpensWithout() throws Exception {
        String json = StoryJson.write(StoryFixtures.dragonsCave());

        assertThat(json).doesNotContain("\"card\"");
        assertThat(StoryJson.read(json).story().info().card()).isEmpty();
    }

    @Test
    void aCardWithoutChapterKeysReadsAsACardWithoutKeys() throws Exception {
        String json = StoryJson.write(StoryFixtures.dragonsCave()).replace("\"start\": \"n1\",",
                "\"start\": \"n1\", \"card\": {\"id\": \"abc\"},");

        Story story = StoryJson.read(json).story();

        assertThat(story.info().card()).contains(PublishedCard.withoutKeys("abc"));
    }

    @Test
    void aDamagedCardIsAWarningAndTheRestOpens() throws Exception {
        String json = StoryJson.write(StoryFixtures.dragonsCave()).replace("\"start\": \"n1\",",
                "\"start\": \"n1\", \"card\": [1, 2],");

        StoryJson.Read read = StoryJson.read(json);

        assertThat(read.story().info().card()).isEmpty();
        assertThat(read.story().size()).isEqualTo(4);
        assertThat(read.warnings()).singleElement().asString().contains("publishing it again makes a new card");
    }
}
