package com.yotosmartstream.story.doc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.yotosmartstream.story.testing.FuzzBudget;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz test of a story file (ADR 0052, 0056): any bytes, read as UTF-8 (as StoryFiles reads them), is read as a story or refused with a
 * {@link StoryFormatException} that says why; a story that was read is written and read again to
 * the same story (what the editor does at its first save). Seeds: {@code StoryJsonFuzzTestInputs/read/}.
 */
class StoryJsonFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void read(byte[] data) throws StoryFormatException {
        String text = new String(data, StandardCharsets.UTF_8);
        StoryJson.Read read;
        try {
            read = StoryJson.read(text);
        } catch (StoryFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(read.warnings()).doesNotContainNull();
        StoryJson.Read again = StoryJson.read(StoryJson.write(read.story()));
        assertThat(again.story()).isEqualTo(read.story());
    }
}
