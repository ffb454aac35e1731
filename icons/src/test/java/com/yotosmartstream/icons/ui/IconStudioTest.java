package com.yotosmartstream.icons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.library.IconCloud;
import com.yotosmartstream.icons.library.IconRecord;
import com.yotosmartstream.icons.library.SimulatedCloud;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.model.Symmetry.Axis;
import com.yotosmartstream.icons.model.Tool;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IconStudioTest {

    private static final int RED = 0xffff004d;
    private static final int BLUE = 0xff29adff;

    @TempDir
    static Path temp;
    private StudioFixture fixture;
    private SimulatedCloud cloud;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new StudioFixture(stage, Files.createTempDirectory(temp, "studio"));
    }

    @AfterEach
    void close() {
        if (cloud != null) {
            cloud.close();
        }
        fixture.close();
    }

    /** The centre of pixel (x, y) of the canvas, on screen. */
    private Point2D pixel(FxRobot robot, int x, int y) {
        Node canvas = robot.lookup("#icon-canvas").query();
        Bounds bounds = canvas.localToScreen(canvas.getBoundsInLocal());
        double cell = bounds.getWidth() / 16;
        return new Point2D(bounds.getMinX() + (x + 0.5) * cell, bounds.getMinY() + (y + 0.5) * cell);
    }

    /** The list cell showing the library's icon at an index. */
    private static Node cell(FxRobot robot, int index) {
        return robot.lookup("#library-list .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.isVisible() && c.getItem() != null && c.getIndex() == index).query();
    }

    private IconImage image() {
        return fixture.editor.image();
    }

    private void drag(FxRobot robot, MouseButton button, int[]... points) {
        robot.moveTo(pixel(robot, points[0][0], points[0][1])).press(button);
        for (int i = 1; i < points.length; i++) {
            robot.moveTo(pixel(robot, points[i][0], points[i][1]));
        }
        robot.release(button);
    }

    private void primary(FxRobot robot, int colour) {
        robot.interact(() -> fixture.editor.primaryProperty().set(colour));
    }

    @Test
    void aPencilDragPaintsAnUnbrokenLineAndUndoTakesTheWholeStrokeBack(FxRobot robot) {
        primary(robot, RED);

        drag(robot, MouseButton.PRIMARY, new int[] {2, 2}, new int[] {10, 2}, new int[] {10, 8});

        for (int x = 2; x <= 10; x++) {
            assertThat(image().get(x, 2)).as("row 2, x " + x).isEqualTo(RED);
        }
        assertThat(image().get(10, 8)).isEqualTo(RED);
        assertThat(robot.lookup("#icon-unsaved").query().isVisible()).isTrue();
        assertThat(fixture.editor.recentColours()).containsExactly(RED);

        robot.clickOn("#undo");

        assertThat(image().isBlank()).as("one stroke, one undo step").isTrue();
        assertThat(robot.lookup("#icon-unsaved").query().isVisible()).isFalse();

        robot.interact(() -> robot.lookup("#icon-painter").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);

        assertThat(image().get(10, 8)).as("redone with Ctrl+Y").isEqualTo(RED);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(image().isBlank()).as("undone with Ctrl+Z").isTrue();
    }

    @Test
    void theRightButtonPaintsTheSecondaryColourAndAltClickPicksAColour(FxRobot robot) {
        robot.interact(() -> fixture.editor.secondaryProperty().set(BLUE));

        drag(robot, MouseButton.SECONDARY, new int[] {0, 15}, new int[] {15, 15});

        assertThat(image().get(0, 15)).isEqualTo(BLUE);
        assertThat(image().get(15, 15)).isEqualTo(BLUE);

        robot.press(KeyCode.ALT).clickOn(pixel(robot, 7, 15)).release(KeyCode.ALT);

        assertThat(fixture.editor.primaryProperty().get()).isEqualTo(BLUE);
        assertThat(fixture.editor.toolProperty().get()).isEqualTo(Tool.PENCIL);
        assertThat(image().get(7, 14)).as("picking paints nothing").isZero();
    }

    @Test
    void keyboardShortcutsChooseToolsAndTheBucketFillsFromAnEdge(FxRobot robot) {
        primary(robot, RED);
        drag(robot, MouseButton.PRIMARY, new int[] {0, 8}, new int[] {15, 8});

        robot.type(KeyCode.G);
        assertThat(fixture.editor.toolProperty().get()).isEqualTo(Tool.FILL);
        primary(robot, BLUE);
        robot.clickOn(pixel(robot, 15, 0));

        assertThat(image().get(0, 0)).isEqualTo(BLUE);
        assertThat(image().get(0, 9)).as("below the line").isZero();
        assertThat(robot.lookup("#tool-fill").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();

        robot.press(KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT);
        assertThat(fixture.editor.toolProperty().get()).isEqualTo(Tool.FILLED_RECTANGLE);
        robot.type(KeyCode.H);
        assertThat(image().get(15, 0)).as("flipped, still blue above the line").isEqualTo(BLUE);
        robot.type(KeyCode.DOWN);
        assertThat(image().get(0, 9)).as("moved down a pixel").isEqualTo(RED);
        assertThat(image().get(0, 0)).as("the bottom row wrapped to the top").isZero();
    }

    @Test
    void mirrorDrawingOnTheOddAxisPaintsTheTwinAcrossPixel8(FxRobot robot) {
        primary(robot, RED);
        robot.interact(() -> fixture.editor.leftRightProperty().set(Axis.ODD));

        robot.clickOn(pixel(robot, 2, 3));

        assertThat(image().get(12, 3)).isEqualTo(RED);
        assertThat(image().get(13, 3)).isZero();
    }

    @Test
    void aSavedIconIsFoundBySearchAndADeleteCanBeUndone(FxRobot robot) {
        primary(robot, RED);
        drag(robot, MouseButton.PRIMARY, new int[] {7, 1}, new int[] {7, 12});
        robot.doubleClickOn("#icon-name").eraseText(8).write("Rocket");
        robot.clickOn("#icon-tags").write("space, ships");

        robot.clickOn("#icon-save");

        assertThat(robot.lookup("#icon-unsaved").query().isVisible()).isFalse();
        robot.clickOn("#tab-my-icons .tab-label");
        ListView<IconRecord> list = robot.lookup("#library-list").queryListView();
        assertThat(list.getItems()).extracting(IconRecord::name).containsExactly("Rocket");
        assertThat(list.getItems().get(0).tags()).containsExactly("ships", "space");
        assertThat(list.getItems().get(0).image()).isEqualTo(image());

        robot.clickOn("#library-search").write("ship");
        assertThat(list.getItems()).hasSize(1);
        robot.write("x");
        assertThat(list.getItems()).isEmpty();
        robot.eraseText(5);

        robot.clickOn(cell(robot, 0));
        robot.clickOn("#library-duplicate");
        assertThat(list.getItems()).as(robot.lookup("#icon-status").queryAs(Label.class).getText() + " / "
                + fixture.library.queryProperty().get() + " / " + list.getSelectionModel().getSelectedItem()).extracting(IconRecord::name).containsExactlyInAnyOrder("Rocket", "Rocket copy");
        robot.clickOn(cell(robot, 0));
        String first = list.getSelectionModel().getSelectedItem().name();
        robot.clickOn("#library-delete");

        assertThat(list.getItems()).hasSize(1);
        robot.clickOn("#library-undo-delete");
        assertThat(list.getItems()).extracting(IconRecord::name).contains(first).hasSize(2);

        robot.clickOn(cell(robot, 0)).type(KeyCode.DELETE);
        assertThat(image().isBlank()).as("Delete in the list does not clear the canvas").isFalse();
    }

    @Test
    void anOpenedIconIsRenamedAndRepaintedInPlaceNotCopied(FxRobot robot) throws Exception {
        IconRecord moon = fixture.storage.library.add("Moon", java.util.List.of("night"), IconImage.filled(BLUE));
        robot.interact(() -> fixture.library.refresh());
        robot.clickOn("#tab-my-icons .tab-label");
        robot.doubleClickOn(cell(robot, 0));
        assertThat(image()).isEqualTo(IconImage.filled(BLUE));
        assertThat(fixture.library.nameProperty().get()).isEqualTo("Moon");

        primary(robot, RED);
        robot.clickOn(pixel(robot, 0, 0));
        robot.doubleClickOn("#icon-name").eraseText(4).write("Red moon");
        robot.clickOn("#icon-save");

        var all = fixture.storage.library.search("");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).id()).isEqualTo(moon.id());
        assertThat(all.get(0).name()).isEqualTo("Red moon");
        assertThat(all.get(0).tags()).containsExactly("night");
        assertThat(all.get(0).image().get(0, 0)).isEqualTo(RED);
        assertThat(fixture.library.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aFileThatIsNotAPictureLeavesTheCanvasUntouchedAndSaysWhy(FxRobot robot) throws Exception {
        primary(robot, RED);
        robot.clickOn(pixel(robot, 4, 4));
        IconImage before = image();
        Path notes = temp.resolve("notes.png");
        Files.writeString(notes, "not a picture at all", StandardCharsets.UTF_8);
        fixture.answers.add(notes);

        robot.clickOn("#icon-import");

        assertThat(image()).isEqualTo(before);
        assertThat(robot.lookup("#icon-status").queryAs(Label.class).getText())
                .contains("notes.png").contains("not a picture").contains("PNG, JPEG or GIF");
        robot.clickOn("#undo");
        assertThat(image().isBlank()).as("the failed import added no undo step").isTrue();
    }

    @Test
    void anImportedPhotoBecomesARecognisableIconAndTheExportIsWhatYotoTakes(FxRobot robot) throws Exception {
        BufferedImage photo = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(30, 60, 200));
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(240, 200, 20));
        g.fillOval(140, 90, 120, 120);
        g.dispose();
        Path jpeg = temp.resolve("sun.jpg");
        ImageIO.write(photo, "jpg", jpeg.toFile());
        Path exported = temp.resolve("sun-icon.png");
        fixture.answers.add(jpeg);
        fixture.answers.add(exported);

        robot.clickOn("#icon-import");
        robot.clickOn("#icon-export");

        int centre = image().get(8, 8);
        assertThat((centre >> 16) & 0xff).as("yellow sun: red").isGreaterThan(200);
        assertThat(centre & 0xff).as("yellow sun: blue").isLessThan(80);
        assertThat(image().get(0, 0) & 0xff).as("blue sky").isGreaterThan(160);
        byte[] png = Files.readAllBytes(exported);
        assertThat(IconPng.isYotoReady(png)).isTrue();
        assertThat(IconPng.decode(png)).isEqualTo(image());
        robot.clickOn("#undo");
        assertThat(image().isBlank()).as("an import is one undo step").isTrue();
    }

    @Test
    void anIconIsUploadedOnceAndYotosPublicIconsCanBeOpenedAsACopy(FxRobot robot) throws Exception {
        cloud = new SimulatedCloud(Files.createTempDirectory(temp, "cloud"));
        robot.interact(() -> fixture.library.cloudProperty().set(IconCloud.of(cloud.api, "demo")));
        primary(robot, RED);
        robot.clickOn(pixel(robot, 8, 8));

        robot.clickOn("#icon-upload");

        Label status = robot.lookup("#icon-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Uploaded Untitled to Yoto as yoto:#");
        assertThat(cloud.account.images().iconUploads()).isEqualTo(1);

        robot.clickOn("#icon-upload");

        assertThat(status.getText()).contains("is on Yoto already").contains("not sent again");
        assertThat(cloud.account.images().iconUploads()).isEqualTo(1);

        robot.clickOn("#tab-yoto-icons .tab-label");
        Node star = robot.lookup(".icon-tile").match(n -> ((javafx.scene.layout.VBox) n).getChildren().stream()
                .anyMatch(c -> c instanceof Label l && l.getText().equals("Star"))).query();
        robot.doubleClickOn(star);

        assertThat(fixture.library.nameProperty().get()).isEqualTo("Star copy");
        assertThat(image().isBlank()).isFalse();
        assertThat(fixture.library.openProperty().get()).as("a copy is a new icon").isNull();
    }

    @Test
    void anAnimationIsPaintedFrameByFrameUndoneExportedAsGifAndPlayed(FxRobot robot) throws Exception {
        primary(robot, RED);
        robot.clickOn(pixel(robot, 2, 2));
        robot.clickOn("#frame-duplicate");
        robot.clickOn(pixel(robot, 3, 2));
        robot.clickOn("#frame-add");
        robot.clickOn(pixel(robot, 4, 2));

        var animation = fixture.editor.animation();
        assertThat(animation.size()).isEqualTo(3);
        assertThat(fixture.editor.frameProperty().get()).isEqualTo(2);
        assertThat(animation.image(1).get(2, 2)).as("a duplicate starts as a copy").isEqualTo(RED);
        assertThat(animation.image(1).get(3, 2)).isEqualTo(RED);
        assertThat(animation.image(2).get(2, 2)).as("an added frame starts blank").isZero();
        assertThat(robot.lookup(".frame-thumb").queryAll()).hasSize(3);

        robot.type(KeyCode.COMMA);
        assertThat(fixture.editor.frameProperty().get()).isEqualTo(1);
        robot.type(KeyCode.PERIOD);
        robot.type(KeyCode.PERIOD);
        assertThat(fixture.editor.frameProperty().get()).as("wraps to the first").isZero();

        robot.clickOn("#undo");
        assertThat(fixture.editor.frameProperty().get()).as("undo shows the frame it changes").isEqualTo(2);
        assertThat(fixture.editor.image().isBlank()).isTrue();
        robot.clickOn("#redo");

        Path gif = temp.resolve("walk.gif");
        fixture.answers.add(gif);
        robot.clickOn("#icon-export");
        byte[] bytes = Files.readAllBytes(gif);
        assertThat(com.yotosmartstream.icons.codec.IconGif.isYotoReady(bytes)).isTrue();
        assertThat(com.yotosmartstream.icons.codec.IconGif.decode(bytes)).isEqualTo(fixture.editor.animation());

        javafx.scene.image.ImageView actual = robot.lookup("#preview-actual").queryAs(javafx.scene.image.ImageView.class);
        java.util.function.IntPredicate shows = x -> actual.getImage().getPixelReader().getArgb(x, 2) == RED;
        assertThat(shows.test(4) && !shows.test(2)).as("still: the frame being painted").isTrue();

        robot.clickOn("#frame-play");
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> shows.test(2) && !shows.test(3) && !shows.test(4));
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> shows.test(2) && shows.test(3));
        robot.clickOn("#frame-play");

        assertThat(shows.test(4) && !shows.test(2)).as("stopped: the frame being painted again").isTrue();
    }

    @Test
    void anAnimatedGifIsImportedAsFramesAndSavedAndReopenedWithThem(FxRobot robot) throws Exception {
        var blink = com.yotosmartstream.icons.model.IconAnimation.of(java.util.List.of(
                new com.yotosmartstream.icons.model.IconAnimation.Frame(IconImage.filled(RED), 300),
                new com.yotosmartstream.icons.model.IconAnimation.Frame(IconImage.filled(BLUE), 500)));
        Path gif = temp.resolve("blink.gif");
        Files.write(gif, com.yotosmartstream.icons.codec.IconGif.encode(blink));
        fixture.answers.add(gif);

        robot.clickOn("#icon-import");
        assertThat(fixture.editor.animation()).isEqualTo(blink);
        robot.clickOn("#icon-save");
        robot.clickOn("#icon-new");
        assertThat(fixture.editor.animation().size()).isEqualTo(1);
        robot.clickOn("#tab-my-icons .tab-label");
        robot.doubleClickOn(cell(robot, 0));

        assertThat(fixture.editor.animation()).isEqualTo(blink);
        assertThat(fixture.storage.library.search("").get(0).animated()).isTrue();
    }

    @Test
    void aPaletteFileIsImportedAndABadOneSaysWhichLine(FxRobot robot) throws Exception {
        Path gpl = temp.resolve("sea.gpl");
        Files.writeString(gpl, "GIMP Palette\nName: Sea\n0 0 128 navy\n0 128 128 teal\n");
        Path bad = temp.resolve("bad.hex");
        Files.writeString(bad, "ff0000\nnot a colour\n");
        robot.clickOn("#tab-colours .tab-label");
        fixture.answers.add(gpl);
        robot.clickOn("#palette-import");

        assertThat(fixture.palettes.current().name()).isEqualTo("Sea");
        assertThat(robot.lookup("#palette-swatches .palette-swatch").queryAll()).hasSize(2);
        robot.clickOn(robot.lookup("#palette-swatches .palette-swatch").nth(1).queryAs(Node.class));
        assertThat(fixture.editor.primaryProperty().get()).isEqualTo(0xff008080);
        assertThat(fixture.savedPalettes).isNotEmpty();

        fixture.answers.add(bad);
        robot.clickOn("#palette-import");

        assertThat(fixture.palettes.current().name()).isEqualTo("Sea");
        assertThat(robot.lookup("#palette-message").queryAs(Label.class).getText()).contains("Line 2");
    }
}
