package com.yotosmartstream.story.ui;

import atlantafx.base.theme.PrimerLight;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.library.IconLibrary;
import com.yotosmartstream.story.library.StoryIcon;
import com.yotosmartstream.story.model.Story;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** The story editor on its own, in a window, with a test library and icons, background work on the FX thread. */
final class EditorFixture {

    final FakeLibrary library = FakeLibrary.serving("https://pc.local").add("rain", "Rain on the roof", 95)
            .add("owl", "The owl's song", 42);
    final StoryEditorViewModel viewModel;
    final StoryEditorView view;

    EditorFixture(Stage stage, Story story) {
        this(stage, story, null);
    }

    /** With {@code audio} null, the fixture's own library of two tracks. */
    EditorFixture(Stage stage, Story story, com.yotosmartstream.story.library.AudioLibrary audio) {
        this(stage, story, audio, icons());
    }

    EditorFixture(Stage stage, Story story, com.yotosmartstream.story.library.AudioLibrary audio, IconLibrary icons) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        viewModel = new StoryEditorViewModel(new StoryDocument(story), audio != null ? audio : library, icons);
        view = new StoryEditorView(viewModel, new CurrentThreadTaskExecutor());
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    static IconLibrary icons() {
        int[] dragon = new int[256];
        for (int i = 0; i < 256; i++) {
            dragon[i] = (i / 16 + i % 16) % 3 == 0 ? 0xff2da44e : 0xff000000;
        }
        StoryIcon icon = new StoryIcon("yoto:#dragon", "Dragon", dragon);
        return new IconLibrary() {
            @Override
            public List<StoryIcon> icons() {
                return List.of(icon);
            }

            @Override
            public Optional<StoryIcon> icon(String ref) {
                return ref.equals(icon.ref()) ? Optional.of(icon) : Optional.empty();
            }
        };
    }

    StoryCanvas canvas() {
        return view.canvas();
    }

    /** Where a world point of the canvas is on the screen. */
    Point2D screen(double worldX, double worldY) {
        Point2D local = canvas().viewport().toScreen(worldX, worldY);
        return canvas().localToScreen(local);
    }

    /** Writes a PNG of a node (for looking at the screen while developing; not an assertion). */
    static void save(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(null, null);
        PixelReader pixels = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
