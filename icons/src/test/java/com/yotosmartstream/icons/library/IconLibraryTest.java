package com.yotosmartstream.icons.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.palette.Palette;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconLibraryTest {

    private static final IconImage ROCKET = IconImage.blank().with(7, 2, 0xffff0000).with(8, 2, 0xffff0000);
    private static final IconImage MOON = IconImage.filled(0xfffff1e8);

    @TempDir
    Path temp;
    private LibraryFixture fixture;
    private IconLibrary library;

    @BeforeEach
    void open() throws Exception {
        fixture = new LibraryFixture(temp);
        library = fixture.library;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSavedIconKeepsItsNameTagsAndExactPixels() throws Exception {
        IconRecord saved = library.add("  Rocket  ", IconLibrary.tags("Space, ships ,space,"), ROCKET);

        IconRecord found = library.get(saved.id()).orElseThrow();

        assertThat(found.name()).isEqualTo("Rocket");
        assertThat(found.tags()).containsExactly("ships", "space");
        assertThat(found.image()).isEqualTo(ROCKET);
        assertThat(IconPng.isYotoReady(found.png())).isTrue();
        assertThat(found.sha256()).isEqualTo(IconLibrary.sha256(IconPng.encode(ROCKET)));
        assertThat(found.fileName()).isEqualTo("Rocket.png");
    }

    @Test
    void searchMatchesNameOrTagsInAnyCaseNewestFirst() throws Exception {
        IconRecord rocket = library.add("Rocket", List.of("space"), ROCKET);
        IconRecord moon = library.add("Moon", List.of("space", "night"), MOON);
        library.add("Cat", List.of("animals"), IconImage.blank());

        assertThat(library.search("")).hasSize(3);
        assertThat(library.search("SPACE")).containsExactly(moon, rocket);
        assertThat(library.search("roc")).containsExactly(rocket);
        assertThat(library.search("night moon")).containsExactly(moon);
        assertThat(library.search("space cat")).isEmpty();
    }

    @Test
    void duplicateRenameAndRetag() throws Exception {
        IconRecord rocket = library.add("Rocket", List.of("space"), ROCKET);

        IconRecord copy = library.duplicate(rocket.id());
        IconRecord renamed = library.rename(copy.id(), "Red rocket");
        IconRecord retagged = library.retag(copy.id(), List.of("red", "space"));

        assertThat(copy.id()).isNotEqualTo(rocket.id());
        assertThat(copy.name()).isEqualTo("Rocket copy");
        assertThat(copy.image()).isEqualTo(ROCKET);
        assertThat(copy.sha256()).isEqualTo(rocket.sha256());
        assertThat(renamed.name()).isEqualTo("Red rocket");
        assertThat(retagged.tags()).containsExactly("red", "space");
        assertThat(library.get(rocket.id()).orElseThrow().name()).isEqualTo("Rocket");
    }

    @Test
    void aDeletedIconCanBeRestoredUntilItIsPurged() throws Exception {
        IconRecord rocket = library.add("Rocket", List.of("space"), ROCKET);

        library.delete(rocket.id());
        assertThat(library.search("")).isEmpty();
        assertThat(library.get(rocket.id())).isEmpty();

        library.restore(rocket.id());
        assertThat(library.search("")).containsExactly(rocket);

        library.delete(rocket.id());
        assertThat(library.purgeDeleted()).isEqualTo(1);
        library.restore(rocket.id());
        assertThat(library.search("")).isEmpty();
    }

    @Test
    void theCountLeavesOutDeletedIcons() throws Exception {
        assertThat(library.count()).isZero();
        IconRecord rocket = library.add("Rocket", List.of("space"), ROCKET);
        library.add("Moon", List.of(), MOON);
        assertThat(library.count()).isEqualTo(2);

        library.delete(rocket.id());
        assertThat(library.count()).isEqualTo(1);
    }

    @Test
    void updatingThePictureChangesItsHash() throws Exception {
        IconRecord rocket = library.add("Rocket", List.of(), ROCKET);

        IconRecord changed = library.update(rocket.id(), MOON);

        assertThat(changed.image()).isEqualTo(MOON);
        assertThat(changed.sha256()).isNotEqualTo(rocket.sha256());
        assertThat(changed.name()).isEqualTo("Rocket");
    }

    @Test
    void anAnimatedIconKeepsItsFramesAndDurationsAndItsFirstFrameAsPng() throws Exception {
        IconAnimation blink = IconAnimation.of(List.of(new IconAnimation.Frame(ROCKET, 150),
                new IconAnimation.Frame(MOON, 400)));

        IconRecord saved = library.add("Blink", List.of(), blink);
        IconRecord copy = library.duplicate(saved.id());

        IconRecord found = library.get(saved.id()).orElseThrow();
        assertThat(found.animated()).isTrue();
        assertThat(found.animation()).isEqualTo(blink);
        assertThat(found.image()).isEqualTo(ROCKET);
        assertThat(found.fileName()).isEqualTo("Blink.gif");
        assertThat(found.sha256()).isEqualTo(IconLibrary.sha256(found.gif()));
        assertThat(copy.animation()).isEqualTo(blink);

        IconRecord still = library.update(saved.id(), IconAnimation.still(MOON));
        assertThat(still.animated()).isFalse();
        assertThat(still.sha256()).isEqualTo(IconLibrary.sha256(IconPng.encode(MOON)));
    }

    @Test
    void aPaletteRowThatCannotBeReadIsReportedAndSkippedNotFatal() throws Exception {
        library.savePalettes(List.of(new Palette("Mine", List.of(0xff0000), false),
                new Palette("Sea", List.of(0x0000ff), false)));
        fixture.database.write(c -> c.createStatement().executeUpdate(
                "INSERT INTO icon_palette (position, name, colours) VALUES (99, '', 'ff0000')"));

        assertThat(library.palettes()).extracting(Palette::name).containsExactly("Mine", "Sea");
        assertThat(fixture.database.badRows()).singleElement().satisfies(row -> {
            assertThat(row.table()).isEqualTo("icon_palette");
            assertThat(row.key()).isEqualTo("position 99");
            assertThat(row.message()).contains("could not be read").contains("left out");
        });
    }

    @Test
    void palettesAreKeptInOrder() throws Exception {
        List<Palette> palettes = List.of(new Palette("Mine", List.of(0xff0000, 0x00ff00), false),
                new Palette("Sea", List.of(0x0000ff), false));

        library.savePalettes(palettes);

        assertThat(library.palettes()).isEqualTo(palettes);
        library.savePalettes(List.of());
        assertThat(library.palettes()).isEmpty();
    }
}
