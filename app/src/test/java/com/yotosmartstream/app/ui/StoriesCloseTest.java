package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.doc.StoryFiles;
import com.yotosmartstream.story.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the main window (or File > Quit) with unsaved story changes asks first, in the app's own
 * dialog: Cancel keeps the window, Don't Save closes, Save writes the file and then closes.
 */
class StoriesCloseTest extends ShellTest {

    private static Path story;
    private String savedBefore;
    private java.util.Set<Path> recoveryCopiesBefore;

    @BeforeAll
    static void writeAStory() throws Exception {
        story = dataDir.resolve("Night walk.story.json");
        StoryFiles.save(story, Story.empty("Night walk"));
    }

    @Override
    protected String[] options() {
        return new String[] {story.toString()};
    }

    @BeforeEach
    void changeTheStory(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title(robot).equals("Night walk"));
        savedBefore = Files.readString(story);
        recoveryCopiesBefore = recoveryCopies();
        Node canvas = robot.lookup("#story-canvas").query();
        // below where an earlier test's node was saved (a new node lands wholly on screen, so near the
        // top it is moved down to about a third of the canvas), and left of the minimap
        Point2D centre = canvas.localToScreen(canvas.getBoundsInLocal().getWidth() / 2,
                canvas.getBoundsInLocal().getHeight() * 0.85);
        robot.doubleClickOn(centre);
        assertThat(title(robot)).isEqualTo("● Night walk");
    }

    /** Recovery copies left by this class's earlier windows (each session writes its own). */
    private static java.util.Set<Path> recoveryCopies() throws java.io.IOException {
        Path folder = dataDir.resolve("stories").resolve("recovery");
        if (!Files.isDirectory(folder)) {
            return java.util.Set.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.collect(java.util.stream.Collectors.toSet());
        }
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#story-document-title").queryAs(Label.class).getText();
    }

    /** As the window manager does when the window's close button is pressed. */
    /** Clicks a button of the question (the page behind has buttons with the same words). */
    private static void answer(FxRobot robot, String button) {
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                (javafx.scene.control.Button b) -> button.equals(b.getText())).queryButton());
    }

    private void pressTheWindowsCloseButton(FxRobot robot) throws Exception {
        Platform.runLater(() -> shell.stage.fireEvent(new WindowEvent(shell.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    }

    private static String question(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
    }

    @Test
    void cancelKeepsTheWindowAndTheChanges(FxRobot robot) throws Exception {
        pressTheWindowsCloseButton(robot);
        assertThat(question(robot)).isEqualTo("Save changes to 'Night walk'?");
        if (Boolean.getBoolean("story.screenshots")) {
            javafx.scene.Scene dialog = robot.lookup(".dialog-pane").query().getScene();
            robot.interact(() -> {
                try {
                    Screenshots.writePng(Screenshots.capture(dialog), Path.of("target/screenshots/stories-close-question.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        answer(robot, "Cancel");

        assertThat(shell.stage.isShowing()).isTrue();
        assertThat(title(robot)).isEqualTo("● Night walk");
        assertThat(Files.readString(story)).isEqualTo(savedBefore);
    }

    @Test
    void dontSaveClosesTheAppAndLeavesTheFileAsItWas(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL); // File > Quit
        assertThat(question(robot)).isEqualTo("Save changes to 'Night walk'?");

        answer(robot, "Don't Save");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.stage.isShowing());
        assertThat(Files.readString(story)).isEqualTo(savedBefore);
        assertThat(recoveryCopies()).as("no recovery copy of the changes the user chose not to save")
                .isSubsetOf(recoveryCopiesBefore);
    }

    @Test
    void saveWritesTheFileThenCloses(FxRobot robot) throws Exception {
        pressTheWindowsCloseButton(robot);

        answer(robot, "Save");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.stage.isShowing());
        Story saved = StoryFiles.open(story).story();
        assertThat(saved.title()).isEqualTo("Night walk");
        assertThat(saved.size()).isEqualTo(1);
    }

    @Test
    void theQuestionIsAskedOnTheStoriesPageWhereverTheUserWas(FxRobot robot) throws Exception {
        robot.clickOn("#nav-library");
        assertThat(shell.window.viewModel().currentPage()).isEqualTo(com.yotosmartstream.app.shell.Page.LIBRARY);

        pressTheWindowsCloseButton(robot);

        assertThat(shell.window.viewModel().currentPage()).isEqualTo(com.yotosmartstream.app.shell.Page.STORIES);
        answer(robot, "Cancel");
        assertThat(shell.stage.isShowing()).isTrue();
    }
}
