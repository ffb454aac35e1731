package com.yotosmartstream.icons.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.icons.codec.ImageImport;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.model.Tool;
import com.yotosmartstream.icons.palette.Palette;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IconEditorViewModelTest {

    private final List<List<Palette>> saved = new ArrayList<>();
    private final PaletteViewModel palettes = new PaletteViewModel(List.of(), saved::add);
    private final IconEditorViewModel editor = new IconEditorViewModel(palettes);

    @Test
    void picksWithAltIntoTheButtonsColourAndWithShiftIntoANewPaletteOfMyOwn() {
        editor.open(IconImage.blank().with(3, 3, 0xff123456));

        editor.press(3, 3, PointerButton.SECONDARY, true, false);
        assertThat(editor.secondaryProperty().get()).isEqualTo(0xff123456);
        assertThat(palettes.current().builtIn()).isTrue();

        editor.press(3, 3, PointerButton.PRIMARY, true, true);

        assertThat(editor.primaryProperty().get()).isEqualTo(0xff123456);
        assertThat(palettes.current().name()).isEqualTo("My colours");
        assertThat(palettes.current().colours()).endsWith(0xff123456).hasSize(33);
        assertThat(Palette.standard().colours()).doesNotContain(0xff123456);
        assertThat(saved).last().satisfies(list -> assertThat(list).extracting(Palette::name)
                .containsExactly("My colours"));
        assertThat(editor.dirtyProperty().get()).as("picking changes no pixel").isFalse();
    }

    @Test
    void recentColoursRecordWhatWasPaintedButNotTheEraser() {
        editor.primaryProperty().set(0xffff0000);
        editor.press(1, 1, PointerButton.PRIMARY, false, false);
        editor.release();
        editor.toolProperty().set(Tool.ERASER);
        editor.press(1, 1, PointerButton.PRIMARY, false, false);
        editor.release();
        editor.toolProperty().set(Tool.LINE);
        editor.secondaryProperty().set(0xff00ff00);
        editor.press(0, 0, PointerButton.SECONDARY, false, false);
        editor.drag(5, 0);
        editor.release();

        assertThat(editor.recentColours()).containsExactly(0xff00ff00, 0xffff0000);
        assertThat(editor.undoRedo().undoTextProperty().get()).isEqualTo("Undo line");
    }

    @Test
    void aBadImportLeavesThePictureAndItsHistory() {
        editor.press(2, 2, PointerButton.PRIMARY, false, false);
        editor.release();
        IconImage before = editor.image();

        boolean imported = editor.importImage(Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
                '\n', 0, 0}, 10), "broken.png", ImageImport.Options.defaults());

        assertThat(imported).isFalse();
        assertThat(editor.image()).isEqualTo(before);
        assertThat(editor.messageProperty().get()).startsWith("broken.png: ").contains("cut short");
        editor.undo();
        assertThat(editor.image().isBlank()).isTrue();
    }

    @Test
    void theBrightnessLineWarnsWhenYotoWouldDim() {
        editor.open(IconImage.filled(0xffffffff));
        assertThat(editor.brightnessTextProperty().get()).contains("dimmed to 67%");

        editor.open(IconImage.filled(0xff1d2b53));
        assertThat(editor.brightnessTextProperty().get()).contains("shown as painted");
    }

    @Test
    void framesAreDuplicatedMovedTimedAndDeletedEachAsOneUndoStep() {
        editor.press(0, 0, PointerButton.PRIMARY, false, false);
        editor.release();
        editor.duplicateFrame();
        editor.press(1, 0, PointerButton.PRIMARY, false, false);
        editor.release();
        editor.setFrameDuration(555);
        editor.moveFrame(-1);

        assertThat(editor.frameProperty().get()).isZero();
        assertThat(editor.animation().frame(0).durationMs()).isEqualTo(560);
        assertThat(editor.animation().image(0).get(1, 0) >>> 24).isEqualTo(255);
        assertThat(editor.animation().image(1).get(1, 0)).isZero();

        editor.deleteFrame();
        assertThat(editor.animation().size()).isEqualTo(1);
        editor.deleteFrame();
        assertThat(editor.animation().size()).as("the only frame stays").isEqualTo(1);

        editor.undo();
        assertThat(editor.animation().size()).isEqualTo(2);
        editor.undo();
        editor.undo();
        assertThat(editor.animation().frame(1).durationMs()).isEqualTo(IconAnimation.DEFAULT_DURATION_MS);
        assertThat(editor.undoRedo().undoTextProperty().get()).isEqualTo("Undo pencil");
        assertThat(editor.exportGif()).isNotEmpty();
    }

    @Test
    void mirrorAxesCycleOffEvenOdd() {
        editor.cycleLeftRight();
        assertThat(editor.symmetry().leftRight()).hasToString("EVEN");
        editor.cycleLeftRight();
        assertThat(editor.symmetry().leftRight()).hasToString("ODD");
        editor.cycleLeftRight();
        assertThat(editor.symmetry().leftRight()).hasToString("OFF");
    }
}
