package com.yotosmartstream.story.testing;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.doc.StoryJson;
import com.yotosmartstream.story.state.StateStories;
import com.yotosmartstream.story.twine.ChapbookSnowmanImportTest;
import com.yotosmartstream.story.twine.HarloweImportTest;
import com.yotosmartstream.story.twine.SugarCubeImportTest;
import com.yotosmartstream.story.twine.TweeExporter;
import com.yotosmartstream.story.twine.TweeParser;
import com.yotosmartstream.story.twine.TwineImporter;
import com.yotosmartstream.story.twine.TwineOdditiesTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the story fuzz tests' seed corpora (ADR 0052) from the test fixtures, so a seed can be
 * made again: {@code mvn -pl story-editor -am test -Dtest=SeedCorpusWriter -Dfuzz.writeSeeds=true}.
 * Crash inputs found by fuzzing are kept beside these ({@code crash-*}); this writer leaves them.
 */
@EnabledIfSystemProperty(named = "fuzz.writeSeeds", matches = "true")
class SeedCorpusWriter {

    private static final Path RESOURCES = Path.of("src/test/resources/com/yotosmartstream/story");

    /** Twine 2 published HTML as twine-2-htmloutput-spec.md describes it, written by hand. */
    static final String TWINE_HTML = """
            <html><body><tw-storydata name="The Lighthouse" startnode="2" creator="Twine" creator-version="2.6.2"
             ifid="D674C58C-DEFA-4F70-B7A2-27742230C0FC" format="Harlowe" format-version="3.3.9" options="" hidden>
            <style role="stylesheet" id="twine-user-stylesheet" type="text/twine-css"></style>
            <tw-passagedata pid="1" name="Intro" tags="note" position="100,100" size="100,100">Not the start. [[Shore]]</tw-passagedata>
            <tw-passagedata pid="2" name="Shore" tags="" position="250,100" size="100,100">Waves. [[Climb-&gt;Lighthouse]] [[Swim|Sea]]</tw-passagedata>
            <tw-passagedata pid="3" name="Lighthouse" tags="ending" position="400,50" size="100,100">A lamp &amp; a view.</tw-passagedata>
            <tw-passagedata pid="4" name="Sea" tags="" position="400,150">[[Shore&lt;-Back]]</tw-passagedata>
            </tw-storydata></body></html>
            """;

    private static void seed(String target, String name, String text) throws IOException {
        Path dir = Files.createDirectories(RESOURCES.resolve(target));
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void writeSeeds() throws IOException {
        String json = StoryJson.write(StoryFixtures.dragonsCave());
        seed("doc/StoryJsonFuzzTestInputs/read", "dragons-cave", json);
        seed("doc/StoryJsonFuzzTestInputs/read", "generated-12", StoryJson.write(StoryFixtures.generated(12, 7)));
        seed("doc/StoryJsonFuzzTestInputs/read", "duplicate-version",
                json.replaceFirst("\"version\": 1", "\"version\": 1,\n  \"version\": 99"));
        seed("doc/StoryJsonFuzzTestInputs/read", "twine-labels-and-source", StoryJson.write(TwineImporter.toStory(
                TweeParser.parse(HarloweImportTest.LANTERN_FAIR)).story()));
        seed("doc/StoryJsonFuzzTestInputs/read", "variables-camp", StoryJson.write(StateStories.camp()));
        seed("doc/StoryJsonFuzzTestInputs/read", "variables-random", StoryJson.write(StateStories.random(6, 3)));
        seed("doc/StoryJsonFuzzTestInputs/read", "variables-newer-version", StoryJson.write(StateStories.camp())
                .replaceFirst("\"version\": 3", "\"version\": 4"));
        seed("doc/StoryJsonFuzzTestInputs/read", "newer-version", json.replaceFirst("\"version\": 1", "\"version\": 2"));

        seed("twine/TwineFuzzTestInputs/twee", "dragons-cave", TweeExporter.export(StoryFixtures.dragonsCave()).twee());
        seed("twine/TwineFuzzTestInputs/twee", "links-and-metadata", """
                :: StoryTitle
                Links

                :: StoryData
                {"ifid": "D674C58C-DEFA-4F70-B7A2-27742230C0FC", "start": "Start"}

                :: Start [tag other] {"position":"100,100","size":"100,100"}
                Pick: [[A]] [[B->Odd\\[name\\]]] [[C<-Back]] [[Label|A]] [[Start]]

                :: A
                a
                :: Odd\\[name\\]
                odd
                """);
        seed("twine/TwineFuzzTestInputs/twee", "harlowe-lantern-fair", HarloweImportTest.LANTERN_FAIR);
        seed("twine/TwineFuzzTestInputs/twee", "chapbook-orchard", ChapbookSnowmanImportTest.ORCHARD);
        seed("twine/TwineFuzzTestInputs/twee", "snowman-lighthouse", ChapbookSnowmanImportTest.LIGHTHOUSE);
        seed("twine/TwineFuzzTestInputs/twee", "yoto-empty-slots", TwineOdditiesTest.RIGHT_ONLY);
        seed("twine/TwineFuzzTestInputs/html", "published", TWINE_HTML);
        seed("twine/TwineFuzzTestInputs/html", "sugarcube-tide-pool", SugarCubeImportTest.TIDE_POOL);
        String[] narrations = {"Plain words.", "''Bold'' and //odd// (set: $x to 1) `tick` <b>tag</b> &amp;",
            "<<if $x>>yes<</if>> \"\"\"quoted\"\"\" /* c */", "{link to: 'A'} _em_ **strong** `a``b`",
            "<% code %> [[link]] ::header-like\n\n  spaced  "};
        for (int i = 0; i < narrations.length; i++) {
            byte[] text = narrations[i].getBytes(StandardCharsets.UTF_8);
            byte[] data = new byte[text.length + 1];
            data[0] = (byte) i;
            System.arraycopy(text, 0, data, 1, text.length);
            Path dir = Files.createDirectories(RESOURCES.resolve("twine/TwineFuzzTestInputs/narration"));
            Files.write(dir.resolve("narration-" + i), data);
        }
        seed("twine/TwineFuzzTestInputs/html", "archive-two", TWINE_HTML + TWINE_HTML.replace("startnode=\"2\"", "startnode=\"9\""));
    }
}
