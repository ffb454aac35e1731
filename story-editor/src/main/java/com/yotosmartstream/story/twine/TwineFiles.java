package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.doc.StoryFiles;
import com.yotosmartstream.story.doc.StoryFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads a Twee 3 file, Twine 2 published HTML or a Twine 2 archive, whichever the text is. */
public final class TwineFiles {

    private TwineFiles() {
    }

    public static List<TwineStory> read(Path file) throws IOException, StoryFormatException {
        return parse(StoryFiles.readText(file), file.getFileName().toString());
    }

    /** The stories in {@code text}; {@code name} is only for messages. */
    public static List<TwineStory> parse(String text, String name) throws StoryFormatException {
        if (TwineHtmlParser.looksLikeTwineHtml(text)) {
            List<TwineStory> stories = TwineHtmlParser.parse(text);
            if (stories.isEmpty()) {
                throw new StoryFormatException(name + " mentions Twine story data but none could be read; "
                        + "publish the story again from Twine (Build > Publish to File) and import that file.");
            }
            List<TwineStory> readable = stories.stream().filter(s -> !s.passages().isEmpty()).toList();
            if (readable.isEmpty()) {
                throw new StoryFormatException(name + " holds " + (stories.size() == 1 ? "a Twine story" : stories.size()
                        + " Twine stories") + " but no passage could be read" + damage(stories) + "; publish the story "
                        + "again from Twine (Build > Publish to File) and import that file.");
            }
            if (readable.size() < stories.size()) {
                String empty = String.join(", ", stories.stream().filter(s -> s.passages().isEmpty())
                        .map(s -> "'" + s.name() + "'").toList());
                return readable.stream().map(s -> withWarning(s, "The file also holds " + empty + ", with no passage "
                        + "that could be read; left out.")).toList();
            }
            return stories;
        }
        if (TweeParser.looksLikeTwee(text)) {
            TwineStory story = TweeParser.parse(text);
            if (story.passages().isEmpty()) {
                throw new StoryFormatException(name + " has no passages, only " + (text.contains("StoryData")
                        ? "the story's title and data" : "lines starting with ::") + "; there is nothing to import.");
            }
            return List.of(story);
        }
        throw new StoryFormatException(name + " is neither Twee (passages starting with ::) nor Twine HTML "
                + "(<tw-storydata>). In Twine, use Build > Export as Twee, or Publish to File.");
    }

    private static String damage(List<TwineStory> stories) {
        return stories.stream().flatMap(s -> s.warnings().stream()).filter(w -> w.contains("could not be read"))
                .findFirst().map(w -> " (" + w.substring(0, w.length() - 1) + ")").orElse("");
    }

    private static TwineStory withWarning(TwineStory story, String warning) {
        List<String> warnings = new java.util.ArrayList<>(story.warnings());
        warnings.add(warning);
        return new TwineStory(story.name(), story.ifid(), story.start(), story.format(), story.formatVersion(),
                story.passages(), story.script(), story.stylesheet(), warnings);
    }
}
