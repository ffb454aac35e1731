package com.yotosmartstream.streamer;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.library.Library;
import com.yotosmartstream.streamer.server.ServedFile;
import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server sends for a track id, from the library, with a bounded memory of the files served. */
class LibraryTrackSourceTest {

    @TempDir
    Path dir;
    LibraryFixture fixture;
    Library library;
    final List<String> ids = new ArrayList<>();

    @BeforeEach
    void threeTracks() throws Exception {
        fixture = new LibraryFixture(dir);
        library = fixture.library;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(AudioFixtures.mp3(fixture.inbox("in").resolve("t" + i + ".mp3"), 1.0 + i * 0.25));
        }
        library.importAll(files, RecordingContext.running());
        library.catalogue().all().forEach(t -> ids.add(t.id()));
        assertThat(ids).hasSize(3);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aLiveReadyTrackIsServedFromItsStreamFileAndADeletedOneIsNot() throws Exception {
        LibraryTrackSource source = new LibraryTrackSource(library);
        String id = ids.get(0);

        ServedFile file = source.find(id).orElseThrow();
        assertThat(file.file()).isEqualTo(library.streamPath(library.catalogue().find(id).orElseThrow()).orElseThrow());
        assertThat(file.mediaType()).isEqualTo("audio/mpeg");
        assertThat(source.find(id)).as("the same version of the track, the same answer").containsSame(file);

        library.delete(id);

        assertThat(source.find(id)).isEmpty();
        assertThat(source.rememberedByUse()).doesNotContain(id);
        assertThat(source.find("0000000000000000")).isEmpty();
    }

    @Test
    void aChangedTrackIsResolvedAgain() throws Exception {
        LibraryTrackSource source = new LibraryTrackSource(library);
        String id = ids.get(0);
        ServedFile before = source.find(id).orElseThrow();

        library.rename(id, "Another title", "");

        ServedFile after = source.find(id).orElseThrow();
        assertThat(after).isEqualTo(before).isNotSameAs(before);
    }

    @Test
    void itRemembersOnlyTheTracksServedLatelyForgettingTheLeastRecentlyServedFirst() {
        LibraryTrackSource source = new LibraryTrackSource(library, 2);

        source.find(ids.get(0));
        source.find(ids.get(1));
        source.find(ids.get(0));
        source.find(ids.get(2));

        assertThat(source.rememberedByUse()).containsExactly(ids.get(0), ids.get(2));
        assertThat(source.find(ids.get(1))).as("a forgotten track is still served").isPresent();
    }
}
