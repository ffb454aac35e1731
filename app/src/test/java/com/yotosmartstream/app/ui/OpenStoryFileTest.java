package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.doc.StoryFiles;
import com.yotosmartstream.story.model.Story;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A story file given on the command line (as the desktop does for a double-clicked file) opens at once. */
class OpenStoryFileTest extends ShellTest {

    private static Path story;

    @BeforeAll
    static void writeAStory() throws Exception {
        story = dataDir.resolve("The Lost Dragon.story.json");
        StoryFiles.save(story, Story.empty("The lost dragon"));
    }

    @Override
    protected String[] options() {
        return new String[] {story.toString()};
    }

    @Test
    void theFileOpensOnTheStoriesPage(FxRobot robot) throws Exception {
        assertThat(shell.window.viewModel().currentPageProperty().get())
                .isEqualTo(com.yotosmartstream.app.shell.Page.STORIES);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#story-document-title")
                .queryAs(Label.class).getText().equals("The lost dragon"));
    }
}
