package com.yotosmartstream.story.twine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.yotosmartstream.story.doc.StoryFormatException;
import com.yotosmartstream.story.testing.FuzzBudget;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz tests of Twine import (ADR 0052, 0056, 0066): any text given as a Twee file or as Twine HTML
 * is imported as stories or refused with a {@link StoryFormatException}; an imported story is one
 * the editor can hold (its start, if any, is one of its nodes, it has nodes), and once it has been
 * through Twee, another round trip changes nothing. Any narration, in any story format, is written
 * so that format reads it back exactly. Seeds: {@code TwineFuzzTestInputs/<method>/}.
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

    /** First byte: the story format; the rest: a node's narration. */
    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void narration(byte[] data) {
        if (data.length == 0) {
            return;
        }
        StoryFormat format = StoryFormat.values()[Byte.toUnsignedInt(data[0]) % StoryFormat.values().length];
        String narration = new String(data, 1, data.length - 1, StandardCharsets.UTF_8).replace('\r', '\n')
                .replaceAll("[\uE000-\uE004]", "");
        ReadPassage plain = format.read(narration);
        assertThat(plain.narration()).doesNotContainPattern("[\uE000-\uE004]");
        String body = TweeExporter.body(format, narration, java.util.Map.of(), java.util.Map.of());
        assertThat(format.read(body).narration()).as(body).isEqualTo(narration);
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
            assertThat((long) result.story().size()).as("a node for every story passage")
                    .isEqualTo(twine.passages().stream().filter(p -> result.format().special(p).isEmpty()).count());
            String once = TweeExporter.export(result.story()).twee();
            assertThat(once).startsWith(":: StoryTitle");
            ImportResult again = TwineImporter.toStory(TweeParser.parse(once));
            String twice = TweeExporter.export(again.story()).twee();
            assertThat(twice).as(once).isEqualTo(once);
        }
    }
}
