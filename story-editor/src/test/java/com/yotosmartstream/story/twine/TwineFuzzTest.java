package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.yotosmartstream.story.doc.StoryFormatException;
import com.yotosmartstream.story.testing.FuzzBudget;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz tests of Twine import (ADR 0052, 0056): any text given as a Twee file or as Twine HTML is
 * imported as stories or refused with a {@link StoryFormatException}; an imported story is one the
 * editor can hold (its start, if any, is one of its nodes). Seeds: {@code TwineFuzzTestInputs/<method>/}.
 */
class TwineFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void twee(byte[] data) {
        importAll(new String(data, StandardCharsets.UTF_8), "story.twee");
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void html(byte[] data) {
        importAll(new String(data, StandardCharsets.UTF_8), "story.html");
    }

    private static void importAll(String text, String name) {
        List<TwineStory> stories;
        try {
            stories = TwineFiles.parse(text, name);
        } catch (StoryFormatException e) {
            assertThat(e.getMessage()).contains(name);
            return;
        }
        for (TwineStory twine : stories) {
            ImportResult result = TwineImporter.toStory(twine);
            assertThat(result.notes()).doesNotContainNull();
            result.story().start().ifPresent(start ->
                    assertThat(result.story().node(start.id())).isPresent());
            assertThat(TweeExporter.export(result.story()).twee()).startsWith(":: StoryTitle");
        }
    }
}
