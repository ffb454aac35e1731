package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The size authors report (6,000 passages, issue 19): the import and the "more choices" fix
 * finish, every link is connected, and the fix adds exactly what its preview said. Each new id
 * used to scan all ids, which took over ten seconds here; the test's time shows it.
 */
class LargeImportTest {

    static String wideStory(int passages, int links) {
        StringBuilder twee = new StringBuilder(":: StoryData\n{\"ifid\": \"L\", \"format\": \"Harlowe\"}\n\n");
        for (int p = 1; p <= passages; p++) {
            twee.append(":: P").append(p).append("\nScene ").append(p).append(".\n");
            for (int l = 1; l <= links; l++) {
                twee.append("(link-goto: \"Way ").append(l).append("\", \"P").append((p + l) % passages + 1).append("\")\n");
            }
            twee.append('\n');
        }
        return twee.toString();
    }

    @Test
    void sixThousandPassagesOfTenLinksImportAndTheFixConnectsEveryLink() {
        ImportResult result = TwineImporter.toStory(TweeParser.parse(wideStory(6000, 10)));
        Story story = result.story();
        TwineFixes.MenuPreview preview = TwineFixes.preview(story, result.overflows(), 100);

        Story fixed = TwineFixes.menuNodes(story, result.overflows()).apply(story);

        assertThat(story.size()).isEqualTo(6000);
        assertThat(result.overflows()).hasSize(6000);
        assertThat(preview.added()).isEqualTo(6000 * 4);
        assertThat(fixed.size()).isEqualTo(preview.nodesAfter());
        assertThat(preview.exceedsCard()).isTrue();
        Set<String> reached = new HashSet<>();
        for (StoryNode node : fixed.nodes()) {
            reached.addAll(node.targetIds());
            assertThat(node.targetIds()).allMatch(fixed::contains);
        }
        assertThat(reached).hasSize(fixed.size());
    }
}
