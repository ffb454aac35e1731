package com.yotosmartstream.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.library.LibrarySchema;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.server.AccessEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Library's view model without a window: what the preview plays, when saving is possible, search. */
class LibraryViewModelTest {

    @TempDir
    Path dir;
    Database database;
    Streamer streamer;
    FakePlayer player = new FakePlayer();
    LibraryViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir.resolve("db"), List.of(CoreSchema.migrations(), LibrarySchema.migrations()),
                dir.resolve("backups"));
        streamer = Streamer.open(dir.resolve("library"), database, SettingsStore.load(database, Runnable::run));
        viewModel = new LibraryViewModel(streamer, new CurrentThreadTaskExecutor(), Runnable::run, player);
    }

    @AfterEach
    void close() {
        streamer.close();
        database.close();
    }

    private TrackRow add(Path file) {
        String id = streamer.library().importAll(List.of(file), TaskContext.QUIET).lines().get(0).trackId().orElseThrow();
        return viewModel.allTracks().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void thePreviewPlaysAnMp3ItselfAndAWavsConvertedCopyAndASecondPressPauses() throws Exception {
        TrackRow mp3 = add(TestAudio.mp3(dir.resolve("a.mp3"), 1.0, "A", "X"));
        TrackRow wav = add(TestAudio.wav(dir.resolve("b.wav"), 1.0));
        streamer.library().convertPending(TaskContext.QUIET);
        Track converted = streamer.library().catalogue().find(wav.id()).orElseThrow();

        viewModel.selectedProperty().set(mp3);
        viewModel.togglePreview();
        assertThat(player.loaded).containsExactly(streamer.library().sourcePath(mp3.track()));
        assertThat(player.playing.get()).isTrue();

        viewModel.togglePreview();
        assertThat(player.playing.get()).isFalse();

        viewModel.selectedProperty().set(viewModel.allTracks().stream().filter(r -> r.id().equals(wav.id()))
                .findFirst().orElseThrow());
        assertThat(player.unloads).isPositive();
        viewModel.togglePreview();
        assertThat(player.loaded).last().isEqualTo(streamer.library().streamPath(converted).orElseThrow());
    }

    @Test
    void aTrackWhoseConversionFailedOffersRetryWhichConvertsItAgain() throws Exception {
        TrackRow wav = add(TestAudio.wav(dir.resolve("g.wav"), 1.0));
        Path original = streamer.library().sourcePath(wav.track());
        byte[] good = java.nio.file.Files.readAllBytes(original);
        java.nio.file.Files.write(original, new byte[good.length]); // the disk damaged it: zeros
        streamer.library().convertPending(TaskContext.QUIET);
        viewModel.selectedProperty().set(viewModel.allTracks().stream().filter(r -> r.id().equals(wav.id()))
                .findFirst().orElseThrow());
        assertThat(viewModel.selectedProperty().get().status()).isEqualTo("Cannot convert");
        assertThat(viewModel.retryableProperty().get()).isTrue();

        java.nio.file.Files.write(original, good); // copied again from the original
        viewModel.retrySelected();

        assertThat(viewModel.selectedProperty().get().ready()).isTrue();
        assertThat(viewModel.retryableProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("again");
    }

    @Test
    void savingNeedsAChangeAndATitle() throws Exception {
        viewModel.selectedProperty().set(add(TestAudio.mp3(dir.resolve("c.mp3"), 1.0, "Old", "Someone")));
        assertThat(viewModel.canSaveProperty().get()).isFalse();

        viewModel.editTitleProperty().set("  ");
        assertThat(viewModel.canSaveProperty().get()).isFalse();

        viewModel.editTitleProperty().set("New");
        assertThat(viewModel.canSaveProperty().get()).isTrue();
        viewModel.save();

        assertThat(viewModel.selectedProperty().get().title()).isEqualTo("New");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
    }

    @Test
    void searchMatchesEveryWordInAnyField() throws Exception {
        add(TestAudio.mp3(dir.resolve("d.mp3"), 1.2, "The Gruffalo", "Grandma"));
        add(TestAudio.mp3(dir.resolve("e.mp3"), 1.3, "Room on the Broom", "Grandpa"));

        viewModel.searchProperty().set("grand the");
        assertThat(viewModel.visibleTracks()).hasSize(2);
        viewModel.searchProperty().set("GRANDMA gruff");
        assertThat(viewModel.visibleTracks()).extracting(TrackRow::title).containsExactly("The Gruffalo");
        viewModel.searchProperty().set("mp3 broom");
        assertThat(viewModel.visibleTracks()).extracting(TrackRow::title).containsExactly("Room on the Broom");
    }

    @Test
    void thePlayedByListShowsRequestsSavedBeforeARestartAndThenNewOnes() throws Exception {
        TrackRow row = add(TestAudio.mp3(dir.resolve("f.mp3"), 1.2, "Bedtime", "Mum"));
        streamer.accessLog().add(new AccessEntry(Instant.now(), row.id(), "Library", "GET", "bytes=0-99", 206, 100,
                "192.168.1.20"));
        streamer.close();

        streamer = Streamer.open(dir.resolve("library"), database, SettingsStore.load(database, Runnable::run));
        viewModel = new LibraryViewModel(streamer, new CurrentThreadTaskExecutor(), Runnable::run, player);
        viewModel.selectedProperty().set(viewModel.allTracks().get(0));
        streamer.accessLog().flush(); // the history is read on the log's thread; this waits for it
        assertThat(viewModel.accessLog()).extracting(AccessEntry::range).containsExactly("bytes=0-99");

        streamer.accessLog().add(new AccessEntry(Instant.now(), row.id(), "Library", "HEAD", "", 200, 0, "10.0.0.2"));
        streamer.accessLog().add(new AccessEntry(Instant.now(), "0123456789abcdef", "Library", "GET", "", 200, 9,
                "10.0.0.2"));
        streamer.accessLog().flush();
        assertThat(viewModel.accessLog()).extracting(AccessEntry::method).containsExactly("GET", "HEAD");
    }

    @Test
    void durationsAndSizesReadAsPeopleWriteThem() {
        assertThat(Durations.clock(java.time.Duration.ofSeconds(187))).isEqualTo("3:07");
        assertThat(Durations.clock(java.time.Duration.ofSeconds(3765))).isEqualTo("1:02:45");
        assertThat(TrackRow.formatSize(870_000)).isEqualTo("850 KB");
        assertThat(TrackRow.formatSize(4_404_019)).isEqualTo("4.2 MB");
    }


    /** Records what it was asked to play. */
    private static final class FakePlayer implements PreviewPlayer {
        final List<Path> loaded = new ArrayList<>();
        final SimpleBooleanProperty playing = new SimpleBooleanProperty();
        final SimpleDoubleProperty position = new SimpleDoubleProperty();
        final SimpleDoubleProperty duration = new SimpleDoubleProperty();
        int unloads;

        @Override
        public void load(Path file) {
            loaded.add(file);
            duration.set(1);
        }

        @Override
        public void play() {
            playing.set(true);
        }

        @Override
        public void pause() {
            playing.set(false);
        }

        @Override
        public void seek(double seconds) {
            position.set(seconds);
        }

        @Override
        public void unload() {
            unloads++;
            playing.set(false);
            duration.set(0);
        }

        @Override
        public ReadOnlyDoubleProperty positionProperty() {
            return position;
        }

        @Override
        public ReadOnlyDoubleProperty durationProperty() {
            return duration;
        }

        @Override
        public ReadOnlyBooleanProperty playingProperty() {
            return playing;
        }

        @Override
        public ReadOnlyStringProperty errorProperty() {
            return new SimpleStringProperty("");
        }
    }
}
