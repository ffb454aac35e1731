package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.client.model.DisplayIcon;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.library.IconRecord;
import com.yotosmartstream.icons.model.IconImage;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Icons page in the real main window: paint, undo, save to the app's database, upload to the household. */
class IconsPageTest extends ShellTest {

    private SimulatedHousehold household;

    @Override
    protected String[] options() {
        return new String[] {"--page=icons"};
    }

    @AfterEach
    void stopHousehold() {
        if (household != null) {
            household.close();
        }
    }

    private Point2D pixel(FxRobot robot, int x, int y) {
        Node canvas = robot.lookup("#icon-canvas").query();
        Bounds bounds = canvas.localToScreen(canvas.getBoundsInLocal());
        double cell = bounds.getWidth() / 16;
        return new Point2D(bounds.getMinX() + (x + 0.5) * cell, bounds.getMinY() + (y + 0.5) * cell);
    }

    private static IconImage painted(FxRobot robot) {
        return robot.lookup("#icon-painter").queryAs(com.yotosmartstream.icons.ui.IconPainter.class).editor().image();
    }

    /** A rocket's body: a vertical stroke down the middle. */
    private void paintABody(FxRobot robot) {
        robot.moveTo(pixel(robot, 7, 2)).press(MouseButton.PRIMARY).moveTo(pixel(robot, 7, 8))
                .moveTo(pixel(robot, 7, 13)).release(MouseButton.PRIMARY);
    }

    @Test
    void aStrokePaintedWithTheMouseIsUndoneInOneStepAndSavedToTheAppsDatabase(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#page-icons").tryQuery()).isPresent();

        paintABody(robot);

        assertThat(robot.lookup("#icon-unsaved").query().isVisible()).isTrue();
        assertThat(robot.lookup("#undo").queryAs(Button.class).getText()).isEqualTo("Undo pencil");
        robot.clickOn("#undo");
        assertThat(robot.lookup("#undo").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#icon-unsaved").query().isVisible()).isFalse();
        robot.clickOn("#redo");
        assertThat(painted(robot).get(7, 2) >>> 24).as("redone " + painted(robot)).isEqualTo(255);

        robot.doubleClickOn("#icon-name").eraseText(8).write("Rocket");
        assertThat(painted(robot).get(7, 2) >>> 24).as("named " + painted(robot)).isEqualTo(255);
        robot.clickOn("#icon-save");

        assertThat(robot.lookup("#icon-unsaved").query().isVisible()).isFalse();
        var saved = new IconLibrary(shell.services.database(), Clock.systemUTC()).search("rocket");
        assertThat(saved).extracting(IconRecord::name).containsExactly("Rocket");
        IconImage image = saved.get(0).image();
        assertThat(image.get(7, 2) >>> 24).as(image.toString()).isEqualTo(255);
        assertThat(image.get(7, 13) >>> 24).isEqualTo(255);
        assertThat(image.get(6, 8)).isZero();
    }

    @Test
    void withoutAHouseholdUploadIsOffAndSaysWhy(FxRobot robot) {
        assertThat(robot.lookup("#icon-upload").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#tab-yoto-icons .tab-label");
        assertThat(robot.lookup(".label").match(n -> ((Label) n).getText() != null && ((Label) n).getText()
                .startsWith("Sign in to Yoto")).tryQuery()).isPresent();
    }

    @Test
    void anIconIsUploadedToTheHouseholdsAccountOnce(FxRobot robot) throws Exception {
        household = SimulatedHousehold.start(Clock.systemUTC());
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("icons-tokens.json"), Clock.systemUTC(), MqttOptions.defaults())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#icon-upload").queryAs(Button.class).isDisabled());
        paintABody(robot);

        robot.clickOn("#icon-upload");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> household.account().images().iconUploads() == 1
                && robot.lookup("#icon-status").queryAs(Label.class).getText().startsWith("Uploaded"));
        robot.clickOn("#icon-upload");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#icon-status").queryAs(Label.class)
                .getText().contains("not sent again"));

        assertThat(household.account().images().iconUploads()).isEqualTo(1);
        assertThat(household.account().images().ownIcons()).hasSize(1);
        String status = robot.lookup("#icon-status").queryAs(Label.class).getText();
        String mediaId = household.account().images().ownIcons().get(0).get("mediaId").getAsString();
        assertThat(status).contains("yoto:#" + mediaId);
        assertThat(new DisplayIcon(household.account().images().ownIcons().get(0)).reference())
                .isEqualTo("yoto:#" + mediaId);
    }
}
