package com.yotosmartstream.streamer.library;

import static com.yotosmartstream.streamer.testing.Containers.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.yotosmartstream.streamer.LibraryTrackSource;
import com.yotosmartstream.streamer.probe.AudioFormat;
import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.Containers;
import com.yotosmartstream.streamer.testing.Id3v2Builder;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing files and folders into the content-addressed library, bad input and cancelling included. */
class LibraryImportTest {

    @TempDir
    Path dir;
    LibraryFixture fixture;
    Library library;

    @BeforeEach
    void open() throws Exception {
        fixture = new LibraryFixture(dir);
        library = fixture.library;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path taggedMp3(Path folder, String name, String title, byte[] cover) throws Exception {
        byte[] tag = new Id3v2Builder(3).text("TIT2", 1, title).text("TPE1", 0, "The Reader").text("TALB", 0, "Stories")
                .text("TRCK", 0, "2").picture(3, "image/png", cover).build();
        return Files.write(folder.resolve(name), concat(tag, AudioFixtures.mp3(2.0, 44_100, 2, 128, false)));
    }

    @Test
    void aFolderOfMixedAudioImportsWithDurationsTagsAndCoversAndSkipsTheRest() throws Exception {
        Path inbox = fixture.inbox("mixed");
        byte[] png = AudioFixtures.png(16, Color.BLUE);
        taggedMp3(inbox, "01 opening.mp3", "The Opening", png);
        AudioFixtures.wav(inbox.resolve("02 interlude.wav"), 1.5, 22_050, 1);
        Files.createDirectories(inbox.resolve("disc 2"));
        Files.write(inbox.resolve("disc 2").resolve("03 finale.flac"),
                Containers.flac(44_100, 2, 44_100L * 4, List.of("TITLE=Finale"), null, 5_000));
        Files.write(inbox.resolve("cover.jpg"), AudioFixtures.jpeg(8, Color.RED));
        Files.writeString(inbox.resolve("notes.txt"), "liner notes");
        Files.writeString(inbox.resolve(".DS_Store"), "hidden");

        ImportReport report = library.importAll(List.of(inbox), RecordingContext.running());

        assertThat(report.lines()).extracting(ImportLine::outcome).containsOnly(ImportLine.Outcome.IMPORTED).hasSize(3);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.summary()).isEqualTo("3 imported, 2 other files skipped");
        List<Track> tracks = library.catalogue().all();
        assertThat(tracks).extracting(Track::title).containsExactlyInAnyOrder("The Opening", "02 interlude", "Finale");
        Track opening = tracks.stream().filter(t -> t.title().equals("The Opening")).findFirst().orElseThrow();
        assertThat(opening.format()).isEqualTo(AudioFormat.MP3);
        assertThat(opening.artist()).isEqualTo("The Reader");
        assertThat(opening.album()).isEqualTo("Stories");
        assertThat(opening.trackNumber()).isEqualTo(2);
        assertThat(opening.duration().toMillis() / 1000.0).isCloseTo(2.0, within(0.1));
        assertThat(opening.status()).isEqualTo(TrackStatus.READY);
        assertThat(Files.readAllBytes(library.coverPath(opening).orElseThrow())).isEqualTo(png);
        assertThat(library.sourcePath(opening)).startsWith(library.folder().root().resolve("originals"))
                .hasFileName(opening.sha256() + ".mp3");
        Track interlude = tracks.stream().filter(t -> t.format() == AudioFormat.WAV).findFirst().orElseThrow();
        assertThat(interlude.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(interlude.status()).isEqualTo(TrackStatus.CONVERTING);
        assertThat(fixture.filesIn("originals")).hasSize(3);
        assertThat(fixture.filesIn("incoming")).isEmpty();
    }

    @Test
    void theImportedBytesAreAnExactCopyNamedByTheirHash() throws Exception {
        Path mp3 = AudioFixtures.mp3(fixture.inbox("one").resolve("song.mp3"), 1.0);

        ImportReport report = library.importAll(List.of(mp3), RecordingContext.running());

        Track track = library.catalogue().find(report.lines().get(0).trackId().orElseThrow()).orElseThrow();
        assertThat(Files.readAllBytes(library.sourcePath(track))).isEqualTo(Files.readAllBytes(mp3));
        assertThat(track.sha256()).isEqualTo(Importer.sha256(Files.readAllBytes(mp3)));
        assertThat(track.id()).isEqualTo(track.sha256().substring(0, 16));
        assertThat(track.size()).isEqualTo(Files.size(mp3));
    }

    @Test
    void importingTheSameBytesTwiceAddsNothing() throws Exception {
        Path inbox = fixture.inbox("twice");
        Path first = AudioFixtures.mp3(inbox.resolve("a.mp3"), 1.0);
        Path copy = Files.copy(first, inbox.resolve("copy of a.mp3"));

        library.importAll(List.of(first), RecordingContext.running());
        ImportReport again = library.importAll(List.of(copy), RecordingContext.running());

        assertThat(again.lines()).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo(ImportLine.Outcome.DUPLICATE);
            assertThat(line.message()).isEqualTo("Already in the library as \u201ca\u201d.");
        });
        assertThat(library.catalogue().size()).isEqualTo(1);
        assertThat(fixture.filesIn("originals")).hasSize(1);
        assertThat(fixture.rows()).isEqualTo(1);
    }

    @Test
    void badFilesEachGetAClearLineWhileTheRestOfTheBatchImports() throws Exception {
        Path inbox = fixture.inbox("bad");
        fixture.maxImportBytes = 1024 * 1024;
        Path empty = Files.write(inbox.resolve("empty.mp3"), new byte[0]);
        byte[] wav = Files.readAllBytes(AudioFixtures.wav(inbox.resolve("whole.wav"), 2, 8000, 1));
        Path truncated = Files.write(inbox.resolve("truncated.wav"), Arrays.copyOf(wav, wav.length / 3));
        byte[] noise = new byte[20_000];
        new java.util.Random(7).nextBytes(noise);
        Path corrupt = Files.write(inbox.resolve("corrupt.mp3"), noise);
        Path huge = Files.write(inbox.resolve("huge.mp3"), new byte[2 * 1024 * 1024]);
        Path picture = Files.write(inbox.resolve("photo.mp3"), AudioFixtures.png(10, Color.GREEN));
        Path mislabelled = Files.copy(inbox.resolve("whole.wav"), inbox.resolve("really-a-wav.mp3"));
        Path good = AudioFixtures.mp3(inbox.resolve("good.mp3"), 1.0);
        Path missing = inbox.resolve("gone.mp3");

        ImportReport report = library.importAll(List.of(empty, truncated, corrupt, huge, picture, mislabelled, missing,
                good), RecordingContext.running());

        assertThat(report.lines()).extracting(line -> Path.of(line.file()).getFileName().toString(), ImportLine::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("empty.mp3", ImportLine.Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple("truncated.wav", ImportLine.Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple("corrupt.mp3", ImportLine.Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple("huge.mp3", ImportLine.Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple("photo.mp3", ImportLine.Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple("really-a-wav.mp3", ImportLine.Outcome.IMPORTED),
                        org.assertj.core.groups.Tuple.tuple("gone.mp3", ImportLine.Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple("good.mp3", ImportLine.Outcome.IMPORTED));
        assertThat(report.lines()).extracting(ImportLine::message).containsExactly(
                "It is empty (0 bytes).",
                "It is cut short: it holds 33% of the audio its header announces. Copy it again from the original.",
                "It is not audio in a format this app knows (MP3, M4A/AAC, WAV, AIFF, FLAC, Ogg Vorbis, Opus, WebM,"
                        + " Matroska, WMA), or it is damaged.",
                "It is too large (2.0 MB); the library takes files up to 1.0 MB. Split it into parts, or convert it to a"
                        + " smaller MP3 first.",
                "It is not audio: it looks like a PNG picture.",
                "Its name says .mp3 but it is WAV; it was imported as WAV.",
                "It is gone (moved or deleted since it was chosen).",
                "");
        assertThat(library.catalogue().all()).extracting(Track::fileName).containsExactlyInAnyOrder("really-a-wav.mp3",
                "good.mp3");
        assertThat(fixture.filesIn("originals")).hasSize(2);
        assertThat(fixture.filesIn("incoming")).isEmpty();
        assertThat(fixture.rows()).isEqualTo(2);
    }

    @Test
    void cancellingMidCopyDropsThatFileWholeAndStopsTheBatch() throws Exception {
        Path inbox = fixture.inbox("cancel");
        Path first = AudioFixtures.mp3(inbox.resolve("a-first.mp3"), 1.0);
        byte[] big = concat(Containers.frames(10_000, 128));
        Path second = Files.write(inbox.resolve("b-second.mp3"), big);
        Path third = AudioFixtures.wav(inbox.resolve("c-third.wav"), 1, 8000, 1);
        RecordingContext context = RecordingContext.cancelAfter(4);
        library.setImportThreads(1); // one after another, so the cancel falls inside the second file's copy

        ImportReport report = library.importAll(List.of(first, second, third), context);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.lines()).extracting(ImportLine::outcome).containsExactly(ImportLine.Outcome.IMPORTED,
                ImportLine.Outcome.CANCELLED, ImportLine.Outcome.CANCELLED);
        assertThat(library.catalogue().all()).extracting(Track::fileName).containsExactly("a-first.mp3");
        assertThat(fixture.filesIn("originals")).hasSize(1);
        assertThat(fixture.filesIn("incoming")).isEmpty();
        assertThat(fixture.rows()).isEqualTo(1);
    }

    @Test
    void progressRisesByBytesAndTheMessageNamesTheFile() throws Exception {
        Path inbox = fixture.inbox("progress");
        AudioFixtures.mp3(inbox.resolve("one.mp3"), 1.0);
        AudioFixtures.mp3(inbox.resolve("two.mp3"), 2.0);
        RecordingContext context = RecordingContext.running();

        library.importAll(List.of(inbox), context);

        assertThat(context.messages).containsExactly("Importing 1 of 2: one.mp3", "Importing 2 of 2: two.mp3");
        assertThat(context.fractions).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void aFailedSaveLeavesNoFileBehind() throws Exception {
        Path mp3 = AudioFixtures.mp3(fixture.inbox("db").resolve("song.mp3"), 1.0);
        fixture.database.close();

        ImportReport report = library.importAll(List.of(mp3), RecordingContext.running());

        assertThat(report.lines()).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo(ImportLine.Outcome.FAILED);
            assertThat(line.message()).contains("nothing of this change was saved");
        });
        assertThat(fixture.filesIn("originals")).isEmpty();
        assertThat(fixture.filesIn("covers")).isEmpty();
        assertThat(library.catalogue().all()).isEmpty();
    }

    @Test
    void theCatalogueComesBackAfterARestart() throws Exception {
        library.importAll(List.of(AudioFixtures.mp3(fixture.inbox("restart").resolve("keep.mp3"), 1.0)),
                RecordingContext.running());
        Track before = library.catalogue().all().get(0);

        Catalogue reloaded = Catalogue.load(fixture.database);

        assertThat(reloaded.all()).containsExactly(before);
    }

    @Test
    void theDiscAndTrackNumbersOfASetAreKeptAcrossARestart() throws Exception {
        byte[] tag = new Id3v2Builder(3).text("TIT2", 0, "Side B").text("TRCK", 0, "4/9").text("TPOS", 0, "2/3")
                .build();
        Path file = fixture.inbox("set").resolve("b.mp3");
        Files.write(file, concat(tag, AudioFixtures.mp3(1.5, 44_100, 2, 128, false)));
        library.importAll(List.of(file), RecordingContext.running());

        Track track = Catalogue.load(fixture.database).all().get(0);

        assertThat(track.trackNumber()).isEqualTo(4);
        assertThat(track.discNumber()).isEqualTo(2);
    }

    @Test
    void renamingChangesTitleAndArtistAndABlankTitleIsRefused() throws Exception {
        library.importAll(List.of(AudioFixtures.mp3(fixture.inbox("rename").resolve("x.mp3"), 1.0)),
                RecordingContext.running());
        String id = library.catalogue().all().get(0).id();

        library.rename(id, "  Bedtime  ", " Grandma ");

        assertThat(Catalogue.load(fixture.database).find(id)).hasValueSatisfying(t -> {
            assertThat(t.title()).isEqualTo("Bedtime");
            assertThat(t.artist()).isEqualTo("Grandma");
        });
        assertThatThrownBy(() -> library.rename(id, " ", "x")).hasMessageContaining("needs a title");
    }

    @Test
    void aDeletedTrackIsHiddenUntilRestoredAndReimportingBringsItBack() throws Exception {
        Path mp3 = AudioFixtures.mp3(fixture.inbox("delete").resolve("x.mp3"), 1.0);
        library.importAll(List.of(mp3), RecordingContext.running());
        String id = library.catalogue().all().get(0).id();

        library.delete(id);
        assertThat(library.catalogue().all()).isEmpty();
        assertThat(library.catalogue().find(id)).as("find and all give live tracks only").isEmpty();
        assertThat(library.catalogue().isDeleted(id)).isTrue();
        assertThat(new LibraryTrackSource(library).find(id)).isEmpty();
        assertThat(Catalogue.load(fixture.database).find(id)).isEmpty();

        library.restore(id);
        assertThat(new LibraryTrackSource(library).find(id)).isPresent();

        library.delete(id);
        ImportReport again = library.importAll(List.of(mp3), RecordingContext.running());
        assertThat(again.lines().get(0).message()).isEqualTo("It had been deleted and is back.");
        assertThat(library.catalogue().find(id)).isPresent();
    }

    @Test
    void purgingForgetsOldDeletionsAndRemovesTheirFiles() throws Exception {
        Path inbox = fixture.inbox("purge");
        taggedMp3(inbox, "a.mp3", "A", AudioFixtures.png(4, Color.BLACK));
        AudioFixtures.mp3(inbox.resolve("b.mp3"), 1.0);
        library.importAll(List.of(inbox), RecordingContext.running());
        Track a = library.catalogue().all().stream().filter(t -> t.title().equals("A")).findFirst().orElseThrow();

        library.delete(a.id());
        assertThat(library.purgeDeleted(Duration.ofHours(1))).isZero();
        assertThat(library.purgeDeleted(Duration.ZERO)).isEqualTo(1);

        assertThat(fixture.filesIn("originals")).hasSize(1);
        assertThat(fixture.filesIn("covers")).isEmpty();
        assertThat(fixture.rows()).isEqualTo(1);
    }
}
