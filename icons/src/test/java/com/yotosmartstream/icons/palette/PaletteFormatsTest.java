package com.yotosmartstream.icons.palette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.icons.palette.PaletteFormats.BadPaletteException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteFormatsTest {

    private static final Palette SUNSET = new Palette("Sunset", List.of(0xff4400, 0x102030, 0xffffff), false);

    @Test
    void aGplFileAsGimpWritesItIsRead() throws Exception {
        String gimp = """
                GIMP Palette
                Name: Sweetie 16
                Columns: 8
                #
                 26  28  44\tUntitled
                 93  39  93	purple
                255 255 255
                """;

        Palette palette = PaletteFormats.read(gimp, "file name");

        assertThat(palette.name()).isEqualTo("Sweetie 16");
        assertThat(palette.colours()).containsExactly(0xff1a1c2c, 0xff5d275d, 0xffffffff);
        assertThat(palette.builtIn()).isFalse();
    }

    @Test
    void aGplRoundTripKeepsNameAndColours() throws Exception {
        String written = PaletteFormats.writeGpl(SUNSET);

        assertThat(written).startsWith("GIMP Palette\nName: Sunset\n");
        assertThat(written).contains("255  68   0\t#ff4400\n");
        assertThat(PaletteFormats.read(written, "x")).isEqualTo(SUNSET);
    }

    @Test
    void aHexListIsReadWithOrWithoutHashesAndWrittenWithout() throws Exception {
        Palette palette = PaletteFormats.read("ff4400\n#102030\r\n\n; a comment\nFFFFFF\n", "Sunset");

        assertThat(palette).isEqualTo(SUNSET);
        assertThat(PaletteFormats.writeHex(SUNSET)).isEqualTo("ff4400\n102030\nffffff\n");
    }

    @Test
    void badFilesSayWhichLineIsWrong() {
        assertThatThrownBy(() -> PaletteFormats.read("ff4400\nbanana\n", "x")).isInstanceOf(BadPaletteException.class)
                .hasMessage("Line 2 is not a colour like #ff8800: \"banana\". Choose a .gpl or .hex palette file.");
        assertThatThrownBy(() -> PaletteFormats.read("GIMP Palette\n300 0 0 red\n", "x"))
                .hasMessageContaining("Line 2 has 300");
        assertThatThrownBy(() -> PaletteFormats.read("GIMP Palette\nName: Empty\n", "x"))
                .hasMessage("The file holds no colours.");
        assertThatThrownBy(() -> PaletteFormats.read("\u0089PNG\u0000\u0001binary", "x"))
                .isInstanceOf(BadPaletteException.class).hasMessageContaining("Line 1");
    }

    @Test
    void colourRepeatsAreKeptOnceAndTheStandardPaletteHasThirtyTwo() {
        assertThat(SUNSET.with(0xff4400).colours()).hasSize(3);
        assertThat(SUNSET.with(0x00ff00).colours()).endsWith(0xff00ff00);
        assertThat(SUNSET.without(0xff4400).colours()).hasSize(2);
        assertThat(Palette.standard().colours()).hasSize(32).doesNotHaveDuplicates();
    }

    @Test
    void recentColoursKeepTheNewestFirstEachOnce() {
        RecentColours recent = new RecentColours();
        recent.use(0xffff0000);
        recent.use(0xff00ff00);
        recent.use(0xffff0000);
        recent.use(0);
        for (int i = 0; i < 20; i++) {
            recent.use(0xff000000 | i);
        }
        assertThat(recent.colours()).hasSize(RecentColours.SIZE).startsWith(0xff000013).doesNotContain(0);

        RecentColours fresh = new RecentColours();
        fresh.use(0xffff0000);
        fresh.use(0xff00ff00);
        fresh.use(0xffff0000);
        assertThat(fresh.colours()).containsExactly(0xffff0000, 0xff00ff00);
    }
}
