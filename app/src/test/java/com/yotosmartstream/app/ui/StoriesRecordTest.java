package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.ui.StoryEditorView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The record panel in the app (ADR 0085): the composition gives the Stories page its recorder, the
 * toolbar's Record shows it in the side panel's place, and it is whole at 1024x700 and 1280x800 in
 * both themes ({@code -Dapp.screenshots=true} saves {@code layout-stories-record-<WxH>-<theme>.png}).
 */
class StoriesRecordTest extends ShellTest {

    private static final int[][] SIZES = {{1024, 700}, {1280, 800}};

    @Override
    protected String[] options() {
        return new String[] {"--page=stories"};
    }

    @Test
    void theRecordPanelShowsTheSelectedNodesWordsAndFitsTheWindow(FxRobot robot) throws Exception {
        StoryEditorViewModel editor = robot.lookup("#story-editor").queryAs(StoryEditorView.class).viewModel();
        robot.interact(() -> {
            String id = editor.addNode(new Position(40, 40));
            editor.execute(com.yotosmartstream.story.edit.Edits.setTitle(editor.story(), id, "The lighthouse"));
            editor.execute(com.yotosmartstream.story.edit.Edits.setNarration(editor.story(), id, "The keeper climbs"
                    + " the hundred steps with a lantern. At the top, the sea is silver under the moon, and a small"
                    + " boat rocks on the waves. Do you wave to the boat, or ring the great bell?"));
            editor.addNode(new Position(340, 40));
            editor.select(id);
        });
        robot.clickOn("#toolbar-record");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#record-prompter").queryAs(Label.class).getText()).startsWith("The keeper climbs");
        assertThat(robot.lookup("#record-progress").queryAs(Label.class).getText()).isEqualTo("0 of 2 nodes recorded");

        List<String> problems = new ArrayList<>();
        for (ThemePreference theme : List.of(ThemePreference.LIGHT, ThemePreference.DARK)) {
            robot.interact(() -> shell.window.theme().preferenceProperty().set(theme));
            for (int[] size : SIZES) {
                robot.interact(() -> {
                    shell.stage.setWidth(size[0]);
                    shell.stage.setHeight(size[1]);
                });
                LayoutFitTest.settle(robot, shell.stage);
                String where = size[0] + "x" + size[1] + " " + theme.name().toLowerCase() + ": ";
                robot.interact(() -> {
                    shell.stage.getScene().getRoot().layout();
                    Parent panel = (Parent) robot.lookup("#record-panel").query();
                    Truncations.under(panel).forEach(t -> problems.add(where + t));
                    javafx.geometry.Bounds box = panel.localToScene(panel.getLayoutBounds());
                    if (box.getMaxY() > shell.stage.getScene().getHeight() + 0.5) {
                        problems.add(where + "the panel runs " + Math.round(box.getMaxY()
                                - shell.stage.getScene().getHeight()) + " px below the window");
                    }
                });
                if (Boolean.getBoolean("app.screenshots")) {
                    Screenshots.Pixels[] pixels = new Screenshots.Pixels[1];
                    robot.interact(() -> pixels[0] = Screenshots.capture(shell.stage.getScene()));
                    Screenshots.writePng(pixels[0], Path.of("target", "screenshots", "layout-stories-record-" + size[0]
                            + "x" + size[1] + "-" + theme.name().toLowerCase() + ".png"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
