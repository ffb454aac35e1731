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
            return stories;
        }
        if (TweeParser.looksLikeTwee(text)) {
            return List.of(TweeParser.parse(text));
        }
        throw new StoryFormatException(name + " is neither Twee (passages starting with ::) nor Twine HTML "
                + "(<tw-storydata>). In Twine, use Build > Export as Twee, or Publish to File.");
    }
}
