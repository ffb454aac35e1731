package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.app.library.TrackRow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A track dragged from the Library table, held over the Stories button to open that page, and
 * dropped on a story node gives the node that audio, as one undoable edit.
 */
class TrackOnStoryNodeTest extends ShellTest {

    @TempDir
    static Path inbox;

    @Override
    protected String[] options() {
        return new String[] {"--page=stories", "--size=1200x760"};
    }

    @SuppressWarnings("unchecked")
    private static TableView<TrackRow> table(FxRobot robot) {
        return robot.lookup("#library-table").queryAs(TableView.class);
    }

    private static String audioStatus(FxRobot robot) {
        return robot.lookup("#node-n1 .node-audio").queryAs(Label.class).getText();
    }

    @Test
    void aLibraryTrackDroppedOnAStoryNodeBecomesItsAudioAndUndoTakesItOff(FxRobot robot) throws Exception {
        Node canvas = robot.lookup("#story-canvas").query();
        robot.doubleClickOn(canvas.localToScreen(canvas.getBoundsInLocal().getWidth() / 3,
                canvas.getBoundsInLocal().getHeight() / 3));
        assertThat(audioStatus(robot)).isEqualTo("No audio");
        Point2D node = robot.lookup("#node-n1").query().localToScreen(60, 40);

        robot.clickOn("#nav-library");
        Path song = TestAudio.mp3(inbox.resolve("owl.mp3"), 2.0, "The Owl's Song", "Grandma");
        AtomicBoolean accepted = new AtomicBoolean();
        robot.interact(() -> accepted.set(FileDrops.drop(robot.lookup("#page-library").query(), List.of(song.toFile()))));
        assertThat(accepted).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1
                && table(robot).getItems().get(0).status().equals("Ready")
                && robot.lookup("#library-table .table-row-cell").tryQuery().isPresent());
        Node row = robot.lookup("#library-table .table-row-cell").nth(0).query();
        robot.clickOn(row);

        robot.drag(row, MouseButton.PRIMARY).moveTo("#nav-stories");
        robot.sleep((long) Sidebar.DRAG_HOLD.toMillis() + 300);
        robot.moveTo(node).drop();

        assertThat(shell.window.viewModel().currentPage()).isEqualTo(com.yotosmartstream.app.shell.Page.STORIES);
        assertThat(audioStatus(robot)).endsWith("The Owl's Song");
        robot.clickOn("#story-canvas").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(audioStatus(robot)).isEqualTo("No audio");
    }

    @Test
    void aDragPassingOverOtherPagesOpensOnlyTheOneItIsHeldOnAndHighlightsTheTargetNode(FxRobot robot)
            throws Exception {
        Node canvas = robot.lookup("#story-canvas").query();
        robot.doubleClickOn(canvas.localToScreen(canvas.getBoundsInLocal().getWidth() / 3,
                canvas.getBoundsInLocal().getHeight() / 3));
        Point2D node = robot.lookup("#node-n1").query().localToScreen(60, 40);
        robot.clickOn("#nav-library");
        Path song = TestAudio.mp3(inbox.resolve("lark.mp3"), 2.0, "The Lark", "Grandpa");
        robot.interact(() -> FileDrops.drop(robot.lookup("#page-library").query(), List.of(song.toFile())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
                .anyMatch(r -> r.title().equals("The Lark") && r.status().equals("Ready")));
        Node row = robot.lookup("#library-table .table-row-cell").queryAll().stream()
                .filter(r -> r instanceof javafx.scene.control.TableRow<?> cell && cell.getItem() instanceof TrackRow t
                        && t.title().equals("The Lark")).findFirst().orElseThrow();
        robot.clickOn(row);
        java.util.List<com.yotosmartstream.app.shell.Page> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        shell.window.viewModel().currentPageProperty().addListener((obs, old, page) -> shown.add(page));

        robot.drag(row, MouseButton.PRIMARY);
        for (String passing : List.of("#nav-cards", "#nav-icons")) { // slowly, on the way to Stories
            javafx.geometry.Bounds button = robot.lookup(passing).query().localToScreen(
                    robot.lookup(passing).query().getBoundsInLocal());
            for (int step = 0; step <= 8; step++) {
                robot.moveTo(new Point2D(button.getMinX() + 10 + step * (button.getWidth() - 20) / 8,
                        button.getCenterY()));
                robot.sleep(100);
            }
        }
        robot.moveTo("#nav-stories");
        robot.sleep((long) Sidebar.DRAG_HOLD.toMillis() + 300);
        robot.moveTo(node);
        robot.sleep(100);
        boolean highlighted = robot.lookup("#node-n1").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("drop-target"));
        if (Boolean.getBoolean("app.screenshots")) { // the highlighted node, to look at
            java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                    new java.util.concurrent.atomic.AtomicReference<>();
            robot.interact(() -> shot.set(shell.stage.getScene().getRoot().snapshot(null, null)));
            javafx.scene.image.PixelReader pixels = shot.get().getPixelReader();
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) shot.get().getWidth(),
                    (int) shot.get().getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            Path file = Path.of("target", "screenshots", "track-drop-target.png");
            java.nio.file.Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        }
        robot.drop();

        assertThat(shown).as("only the page the drag was held on opened")
                .containsExactly(com.yotosmartstream.app.shell.Page.STORIES);
        assertThat(highlighted).as("the node under the dragged track is highlighted").isTrue();
        assertThat(audioStatus(robot)).endsWith("The Lark");
        assertThat(robot.lookup("#node-n1").query().getPseudoClassStates()).extracting(Object::toString)
                .doesNotContain("drop-target");
    }
}
