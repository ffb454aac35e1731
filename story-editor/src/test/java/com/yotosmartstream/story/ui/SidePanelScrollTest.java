package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The side panel keeps where it was scrolled for each node, and its buttons stay in view when it is narrow. */
@ExtendWith(ApplicationExtension.class)
class SidePanelScrollTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StoryFixtures.dragonsCave());
        stage.setHeight(560);
    }

    private ScrollPane panel(FxRobot robot) {
        return robot.lookup("#side-panel").queryAs(ScrollPane.class);
    }

    @Test
    void eachNodeComesBackWhereThePanelWasScrolledForItAndANewOneStartsAtTheTop(FxRobot robot) {
        ScrollPane panel = panel(robot);
        robot.interact(() -> editor.viewModel.select("n1"));
        assertThat(panel.getContent().getBoundsInLocal().getHeight()).as("the node's panel scrolls")
                .isGreaterThan(panel.getViewportBounds().getHeight());
        robot.interact(() -> panel.setVvalue(1.0));

        robot.interact(() -> editor.viewModel.select("n2"));
        assertThat(panel.getVvalue()).isZero();
        robot.interact(() -> panel.setVvalue(0.4));

        robot.interact(() -> editor.viewModel.select("n1"));
        assertThat(panel.getVvalue()).isEqualTo(1.0);
        robot.interact(() -> editor.viewModel.select("n2"));
        assertThat(panel.getVvalue()).isEqualTo(0.4);
    }

    @Test
    void theExitButtonsStayInViewWhenThePanelIsNarrowAndTitlesAreLong(FxRobot robot) {
        robot.interact(() -> {
            editor.viewModel.execute(com.yotosmartstream.story.edit.Edits.setTitle(editor.viewModel.story(), "n2",
                    "The long and winding cave where the dragon keeps its oldest and shiniest treasure"));
            editor.viewModel.select("n1");
            panel(robot).setMinWidth(260);
            panel(robot).setPrefWidth(260);
            panel(robot).setMaxWidth(260);
        });
        robot.interact(() -> panel(robot).getParent().layout());

        Bounds view = panel(robot).localToScreen(panel(robot).getLayoutBounds());
        for (String id : new String[] {"#exit-left-stop", "#exit-left-clear", "#exit-right-clear", "#exit-end-clear"}) {
            Bounds button = robot.lookup(id).query().localToScreen(robot.lookup(id).query().getLayoutBounds());
            assertThat(button.getMaxX()).as(id).isLessThanOrEqualTo(view.getMaxX());
            assertThat(button.getWidth()).as(id).isGreaterThan(20);
        }
    }
}
