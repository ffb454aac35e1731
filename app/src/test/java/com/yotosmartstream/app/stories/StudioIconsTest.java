package com.yotosmartstream.app.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.library.IconRecord;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.story.library.StoryIcon;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story editor's view of the Icons page's icons. */
class StudioIconsTest {

    private static final IconImage ROCKET = IconImage.blank().with(7, 2, 0xffff0000);

    @TempDir
    Path temp;

    private Database database;
    private IconLibrary library;
    private StudioIcons icons;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp.resolve("i.db"), List.of(CoreSchema.migrations(), IconLibrary.migrations()),
                temp.resolve("backups"));
        library = new IconLibrary(database, Clock.systemUTC());
        icons = new StudioIcons(library);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEmptyLibrarySaysWhereIconsComeFromAndStopsSayingItOnceThereIsOne() throws Exception {
        assertThat(icons.unavailableReason()).hasValue(StudioIcons.EMPTY);

        IconRecord rocket = library.add("Rocket", List.of(), ROCKET);
        assertThat(icons.unavailableReason()).isEmpty();

        library.delete(rocket.id());
        assertThat(icons.unavailableReason()).as("a deleted icon does not count").hasValue(StudioIcons.EMPTY);
    }

    @Test
    void anIconIsFoundByItsReferenceWithItsPixels() throws Exception {
        IconRecord rocket = library.add("Rocket", List.of(), ROCKET);
        library.add("Moon", List.of(), IconImage.filled(0xfffff1e8));

        StoryIcon found = icons.icon("icon:" + rocket.id()).orElseThrow();

        assertThat(found.name()).isEqualTo("Rocket");
        assertThat(found.argb()).containsExactly(ROCKET.pixels());
        assertThat(icons.icons()).extracting(StoryIcon::ref).contains("icon:" + rocket.id()).hasSize(2);
        assertThat(icons.icon("icon:999")).isEmpty();
        assertThat(icons.icon("yoto:#abc")).isEmpty();
        assertThat(icons.icon("icon:not-a-number")).isEmpty();
    }

    @Test
    void eachIconChangeOnTheSharedLibraryIsToldOnceUntilTheHandleCloses() throws Exception {
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        AutoCloseable handle = icons.onChange(told::incrementAndGet);

        IconRecord rocket = library.add("Rocket", List.of(), ROCKET);
        assertThat(told).hasValue(1);
        library.update(rocket.id(), IconImage.filled(0xff00ff00));
        library.rename(rocket.id(), "Big rocket");
        library.retag(rocket.id(), List.of("space"));
        library.delete(rocket.id());
        library.restore(rocket.id());
        assertThat(told).as("saved, renamed, retagged, deleted, restored").hasValue(6);

        handle.close();
        library.add("Moon", List.of(), ROCKET);
        assertThat(told).hasValue(6);
    }
}
