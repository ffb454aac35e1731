package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.stats.Ending;
import com.yotosmartstream.story.stats.NodeFacts;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Statistics tab in the editor: "The Dragon's Cave" has every node 30 s long, so the forest ending
 * is 1:00 away and the treasure 1:30; a loop made on the canvas turns the badge and the longest time
 * to "unbounded"; rows and Show select nodes on the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsTabTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        // spoken choice prompts off: every node plays exactly its 30 s recording (with them on, the prompts
        // joined after a recorded question are estimated, ADR 0088; StoryStatisticsTest counts those)
        Story story = StoryFixtures.dragonsCave();
        editor = new EditorFixture(stage, story.withInfo(story.info().withVoice(
                story.info().voice().withChoicePrompts(false))));
    }

    @Test
    void theTabSaysHowLongEachEndingTakesAndFollowsTheStory(FxRobot robot) throws Exception {
        robot.clickOn("Statistics");

        assertThat(badge(robot)).isEqualTo("Every path fits in 2 minutes");
        TableView<Ending> endings = robot.lookup("#statistics-endings").queryTableView();
        assertThat(endings.getItems()).extracting(Ending::id).containsExactly("n3", "n4");
        assertThat(cell(endings, 0, 1)).isEqualTo("1:00");
        assertThat(cell(endings, 1, 2)).isEqualTo("1:30");
        assertThat(cell(endings, 1, 3)).isEqualTo("1");
        TableView<NodeFacts> nodes = robot.lookup("#statistics-nodes").queryTableView();
        assertThat(nodes.getItems()).hasSize(4);
        assertThat(robot.lookup("#statistics-summary").queryAs(Label.class).getText())
                .startsWith("2 endings  ·  longest 1:30 to 'Treasure' (3 nodes)  ·  every node recorded");
        screenshot(robot, "statistics.png");

        // the treasure leads back to the start: a loop, measured once the story is still for a moment
        robot.interact(() -> editor.viewModel.connect("n4", Exit.END, Target.to("n1")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge(robot).startsWith("A loop"));
        WaitForAsyncUtils.waitForFxEvents(); // the tables are filled in the same event as the badge
        assertThat(badge(robot)).isEqualTo("A loop through 'Start' can go on for ever");
        assertThat(cell(endings, 1, 2)).isEqualTo("unbounded");
        assertThat(cell(endings, 1, 3)).isEqualTo("unbounded");
        assertThat(cell(endings, 0, 2)).as("the forest too: a path can go round the loop first").isEqualTo("unbounded");
        assertThat(robot.lookup("#statistics-summary").queryAs(Label.class).getText())
                .contains("longest path unbounded (loop through 'Start')");
        screenshot(robot, "statistics-loop.png");

        // a node without audio is spoken: its length is estimated from its words
        robot.interact(() -> {
            editor.viewModel.undo();
            editor.viewModel.setAudio(java.util.List.of("n3"), null);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badge(robot).endsWith("(estimated)"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(endings, 0, 1)).isEqualTo("≈ 0:33"); // 30 s and the forest's 7 words at 160 a minute
        assertThat(robot.lookup("#statistics-summary").queryAs(Label.class).getText())
                .contains("1 node without recorded audio (spoken; ≈ estimated)");
    }

    @Test
    void anEndingsRowAndShowSelectNodesOnTheCanvas(FxRobot robot) {
        robot.clickOn("Statistics");
        TableView<Ending> endings = robot.lookup("#statistics-endings").queryTableView();

        robot.interact(() -> endings.getSelectionModel().select(0));
        assertThat(editor.viewModel.selection()).containsExactly("n3");

        robot.clickOn("#statistics-show-longest");
        assertThat(editor.viewModel.selection()).containsExactlyInAnyOrder("n1", "n2", "n4");
    }

    /** At the two smallest window sizes the app supports (and the editor's share of the smaller), the tab is whole. */
    @Test
    void theTabIsWholeAt1024x700And1280x800(FxRobot robot) throws Exception {
        robot.interact(() -> {
            editor.viewModel.setAudio(java.util.List.of("n3"), null); // spoken: estimated
            editor.viewModel.execute(com.yotosmartstream.story.edit.Edits.addNode(editor.viewModel.story(),
                    StoryFixtures.node("n5", "Epilogue", 600, 150).withEnding(true))); // reached by nothing
        });
        robot.clickOn("Statistics");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window window = editor.view.getScene().getWindow();
        double[] was = {window.getWidth(), window.getHeight()};
        try {
            wholeAtEachSize(robot);
        } finally {
            // TestFX keeps one stage for every test: later tests get it back at its size
            robot.interact(() -> {
                window.setWidth(was[0]);
                window.setHeight(was[1]);
            });
        }
    }

    private void wholeAtEachSize(FxRobot robot) {
        // 800x660 is the editor's share of a 1024x700 app window, beside the app's sidebar and under its toolbar
        for (int[] size : new int[][] {{1024, 700}, {1280, 800}, {800, 660}}) {
            robot.interact(() -> {
                editor.view.getScene().getWindow().setWidth(size[0]);
                editor.view.getScene().getWindow().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> editor.view.layout());
            javafx.scene.Node panel = robot.lookup("#statistics-panel").query();
            assertThat(cutShort(panel)).as("at %dx%d", size[0], size[1]).isEmpty();
            javafx.scene.Node side = robot.lookup("#side-panel").query();
            assertThat(panel.localToScene(panel.getLayoutBounds()).getMaxX()).as("beside the side panel, not under it")
                    .isLessThanOrEqualTo(side.localToScene(side.getLayoutBounds()).getMinX() + 1);
            assertThat(robot.lookup("#statistics-summary").queryAs(Label.class).getText())
                    .contains("1 not reached from the start: 'Epilogue'");
            screenshot(robot, "statistics-" + size[0] + "x" + size[1] + ".png");
        }
    }

    /** Labels (outside table rows) whose skin cut their text to "…", and tables whose columns run out of view. */
    private static java.util.List<String> cutShort(javafx.scene.Node node) {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (!node.isVisible() || node instanceof javafx.scene.control.skin.VirtualFlow<?>) {
            return found;
        }
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            for (javafx.scene.Node child : labeled.getChildrenUnmodifiable()) {
                String ellipsis = labeled.getEllipsisString();
                if (child instanceof javafx.scene.text.Text text && !ellipsis.isEmpty() && text.getText().endsWith(ellipsis)
                        && !labeled.getText().endsWith(ellipsis)) {
                    found.add("'" + labeled.getText() + "' shown as '" + text.getText() + "'");
                }
            }
        }
        if (node instanceof TableView<?> table && table.getWidth() > 0) {
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            if (columns > table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() + 1) {
                found.add(table.getId() + ": columns out of view");
            }
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(cutShort(child)));
        }
        return found;
    }

    private static String badge(FxRobot robot) {
        return robot.lookup("#statistics-badge").queryAs(Label.class).getText();
    }

    private static String cell(TableView<?> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private void screenshot(FxRobot robot, String name) {
        if (Boolean.getBoolean("story.screenshots")) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                try {
                    EditorFixture.save(editor.view, Path.of("target/screenshots/" + name));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
