package com.yotosmartstream.icons.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.icons.codec.IconGif;
import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.codec.ImageImport;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.palette.Palette;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The icon studio's file work without a window: size limits, file names, what is written and said. */
class IconFilesViewModelTest {

    private static final int RED = 0xffff0000;

    @TempDir
    Path temp;
    private final List<List<Palette>> saved = new ArrayList<>();
    private final IconEditorViewModel editor = new IconEditorViewModel(new PaletteViewModel(List.of(), saved::add));
    private final IconFilesViewModel files = new IconFilesViewModel(editor, new CurrentThreadTaskExecutor());

    @Test
    void aPictureIsImportedAsOneUndoStep() throws Exception {
        Path png = temp.resolve("dot.png");
        Files.write(png, IconPng.encode(IconImage.blank().with(4, 4, RED)));

        files.importPicture(png, ImageImport.Options.defaults());

        assertThat(editor.image().get(4, 4)).isEqualTo(RED);
        assertThat(editor.messageProperty().get()).isEqualTo("Imported dot.png.");
        assertThat(editor.undoRedo().undoTextProperty().get()).isEqualTo("Undo import dot.png");
    }

    @Test
    void aPictureOverTheLimitIsNotReadAndTheCanvasStaysAsItWas() throws Exception {
        Path huge = temp.resolve("huge.png");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ImageImport.MAX_BYTES + 1);
        }

        files.importPicture(huge, ImageImport.Options.defaults());

        assertThat(files.messageProperty().get()).isEqualTo("huge.png: the file is larger than 50 MB; make it smaller first.");
        assertThat(editor.undoRedo().canUndoProperty().get()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadSaysSo() {
        files.importPicture(temp.resolve("gone.png"), ImageImport.Options.defaults());

        assertThat(files.messageProperty().get()).startsWith("gone.png could not be read: ");
    }

    @Test
    void theFileNamesOfferedAreCleanedAndSayPngOrGif() {
        assertThat(files.iconFileName("Sun / moon: *night*")).isEqualTo("Sun  moon night.png");
        assertThat(files.iconFileName("  ")).isEqualTo("icon.png");
        assertThat(files.iconFileName("???")).isEqualTo("icon.png");

        editor.addFrame();

        assertThat(files.exportsGif()).isTrue();
        assertThat(files.iconFileName("walk")).isEqualTo("walk.gif");
        assertThat(files.paletteFileName(true)).isEqualTo(
                IconFilesViewModel.fileName(editor.palettes().current().name(), "palette") + ".hex");
    }

    @Test
    void aStillIconIsWrittenAsAYotoReadyPngAndAnAnimationAsAGif() throws Exception {
        editor.open(IconImage.blank().with(1, 1, RED));
        Path png = temp.resolve("dot.png");

        files.exportIcon(png);

        assertThat(IconPng.decode(Files.readAllBytes(png))).isEqualTo(editor.image());
        assertThat(files.messageProperty().get()).isEqualTo("Exported dot.png (16x16, 32-bit RGBA).");
        List<String> heard = new ArrayList<>();
        files.messageProperty().addListener((obs, old, text) -> heard.add(text));
        files.exportIcon(png);
        assertThat(heard).as("the same news twice is still heard").contains("Exported dot.png (16x16, 32-bit RGBA).");

        editor.duplicateFrame();
        Path gif = temp.resolve("two.gif");
        files.exportIcon(gif);

        IconAnimation written = IconGif.decode(Files.readAllBytes(gif));
        assertThat(written).isEqualTo(editor.animation());
        assertThat(files.messageProperty().get()).isEqualTo("Exported two.gif (16x16 GIF, 2 frames).");
    }

    @Test
    void aWriteThatFailsSaysSo() {
        files.exportIcon(temp.resolve("no-such-folder").resolve("dot.png"));

        assertThat(files.messageProperty().get()).startsWith("dot.png could not be written: ");
    }

    @Test
    void aPaletteIsReadUnlessItIsLargerThanAPaletteCanBeAndWrittenBack() throws Exception {
        Path hex = temp.resolve("Sunset.hex");
        Files.writeString(hex, "ff4400\n102030\n", StandardCharsets.UTF_8);
        Path big = temp.resolve("big.hex");
        Files.writeString(big, "ff4400\n".repeat((int) (IconFilesViewModel.MAX_PALETTE_BYTES / 7) + 1));

        files.importPalette(big);
        assertThat(files.messageProperty().get()).isEqualTo(
                "big.hex could not be read: the file is larger than a palette can be");
        files.importPalette(hex);

        assertThat(editor.palettes().current().name()).isEqualTo("Sunset");
        Path out = temp.resolve("out.hex");
        files.exportPalette(out, true);
        assertThat(Files.readString(out)).isEqualTo("ff4400\n102030\n");
        assertThat(files.messageProperty().get()).isEqualTo("Exported out.hex.");
    }
}
