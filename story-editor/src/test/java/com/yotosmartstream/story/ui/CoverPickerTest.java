package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The story's cover is a picture file chosen as on the Cards page, not a URL to type. */
@ExtendWith(ApplicationExtension.class)
class CoverPickerTest {

    @TempDir
    static Path temp;

    private EditorFixture editor;
    private Path picture;

    @Start
    void start(Stage stage) throws Exception {
        picture = temp.resolve("dragon.png");
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(5, 5, 0xff2da44e);
        ImageIO.write(image, "png", picture.toFile());
        editor = new EditorFixture(stage, StoryFixtures.dragonsCave());
        editor.view.setCoverChooser(() -> Optional.of(picture));
    }

    @Test
    void aChosenPictureBecomesTheCoverIsShownAndUndoTakesItBack(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#story-cover-name").queryLabeled().getText()).isEqualTo("No cover yet: choose a picture.");

        robot.clickOn("#story-cover-choose");

        assertThat(editor.viewModel.story().info().cover()).isEqualTo(picture.toAbsolutePath().toString());
        assertThat(robot.lookup("#story-cover-name").queryLabeled().getText()).isEqualTo("dragon.png");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
            var image = robot.lookup("#story-cover-preview").queryAs(ImageView.class).getImage();
            return image != null && image.getProgress() >= 1 && !image.isError();
        });

        robot.clickOn("#story-cover-remove");
        assertThat(editor.viewModel.story().info().cover()).isEmpty();
        robot.interact(() -> editor.viewModel.undo());
        assertThat(editor.viewModel.story().info().cover()).isEqualTo(picture.toAbsolutePath().toString());
        assertThat(robot.lookup("#story-cover-name").queryLabeled().getText()).isEqualTo("dragon.png");
    }
}
